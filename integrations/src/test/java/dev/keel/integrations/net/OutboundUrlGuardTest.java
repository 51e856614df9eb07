package dev.keel.integrations.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundUrlGuardTest {
    /** Names resolve through this table only, so the test never depends on real DNS. */
    private static final Map<String, List<String>> DNS = Map.of(
            "api.example.com", List.of("93.184.216.34"),
            "rebind.example.com", List.of("93.184.216.34", "169.254.169.254"),
            "internal.example.com", List.of("10.1.2.3"),
            "localhost", List.of("127.0.0.1", "::1"));

    private static OutboundUrlGuard guard(boolean allowPrivate) {
        return new OutboundUrlGuard(allowPrivate, host -> {
            List<String> ips = DNS.get(host);
            if (ips == null) {
                return new InetAddress[] {InetAddress.getByName(host)}; // literals only
            }
            InetAddress[] out = new InetAddress[ips.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = InetAddress.getByName(ips.get(i));
            }
            return out;
        });
    }

    @Test
    void publicHttpAndHttpsPass() {
        assertThat(guard(false).check("https://api.example.com/v1").getHost()).isEqualTo("api.example.com");
        assertThat(guard(false).check("http://93.184.216.34:8080/v1")).isNotNull();
    }

    @Test
    void linkLocalMetadataAndUnspecifiedAreRefusedEvenWhenPrivateNetworksAreAllowed() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://[fe80::1]/",
                "http://metadata.google.internal/computeMetadata/v1", "http://METADATA.GOOGLE.INTERNAL./",
                "http://0.0.0.0:8000/", "http://[::]/", "http://[::ffff:169.254.169.254]/",
                "http://rebind.example.com/v1", "http://224.0.0.1/")) {
            assertThatThrownBy(() -> guard(true).check(url)).as(url).isInstanceOf(RefusedUrlException.class);
        }
    }

    @Test
    void privateAndLoopbackNeedTheAdminSwitch() {
        for (String url : List.of("http://127.0.0.1:11434/v1", "http://localhost:8000", "http://10.0.0.5/v1",
                "http://192.168.1.10/", "http://172.16.0.1/", "http://[::1]/", "http://[fd00::1]/",
                "http://100.64.0.1/", "http://internal.example.com/")) {
            assertThatThrownBy(() -> guard(false).check(url)).as(url).isInstanceOf(RefusedUrlException.class)
                    .hasMessageContaining("KEEL_STUDIO_ALLOW_PRIVATE_NETWORKS");
            assertThat(guard(true).check(url)).as(url).isNotNull();
        }
    }

    @Test
    void onlyHttpSchemesWithAHostAndNoUserInfo() {
        for (String url : List.of("ftp://api.example.com/", "file:///etc/passwd", "gopher://x/", "http:///v1",
                "https://user:pw@api.example.com/", "not a url", "http://no-such-host.invalid/")) {
            assertThatThrownBy(() -> guard(true).check(url)).as(url).isInstanceOf(RefusedUrlException.class);
        }
    }
}
