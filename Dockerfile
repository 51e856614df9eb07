# One image per process: docker build --target api . / --target worker .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre AS api
WORKDIR /app
COPY --from=build /src/api/target/keel-api.jar /app/keel-api.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/keel-api.jar"]

FROM eclipse-temurin:17-jre AS worker
WORKDIR /app
COPY --from=build /src/worker/target/keel-worker.jar /app/keel-worker.jar
EXPOSE 8081
ENTRYPOINT ["java", "-jar", "/app/keel-worker.jar"]
