// Command loadgen drives the recruiting CRUD mix against Keel with keep-alive connections and prints one JSON
// summary: requests per second, errors, latency percentiles per operation and the client's own CPU time.
// bench/recruiting_mix.py builds and runs it; see that script for the mix and the orchestration.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"sort"
	"sync"
	"syscall"
	"time"
)

type operation struct {
	name   string
	weight int
}

var operations = []operation{{"get", 40}, {"list", 25}, {"create_candidate", 15}, {"create_job", 10}, {"patch", 10}}

var (
	skills = []string{"Python", "Java", "Go", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "React", "Spring", "Temporal"}
	titles = []string{"Backend Engineer", "Data Engineer", "Frontend Engineer", "SRE", "Engineering Manager", "ML Engineer"}
)

type ids struct {
	Jobs       []int64 `json:"jobs"`
	Candidates []int64 `json:"candidates"`
}

type opSummary struct {
	Count int     `json:"count"`
	P50   float64 `json:"p50_ms"`
	P95   float64 `json:"p95_ms"`
	P99   float64 `json:"p99_ms"`
}

type summary struct {
	Seconds        float64              `json:"seconds"`
	Requests       int                  `json:"requests"`
	RequestsPerSec float64              `json:"requests_per_second"`
	Errors         int                  `json:"errors"`
	FirstError     string               `json:"first_error,omitempty"`
	ClientCPU      float64              `json:"client_cpu_seconds"`
	Operations     map[string]opSummary `json:"operations"`
}

type result struct {
	samples    map[string][]time.Duration
	errors     int
	firstError string
}

func main() {
	base := flag.String("url", "http://127.0.0.1:18621", "Keel base URL")
	token := flag.String("token", "", "bearer token")
	idsFile := flag.String("ids", "", "JSON file {\"jobs\": [...], \"candidates\": [...]}")
	seconds := flag.Float64("seconds", 30, "duration of the mix")
	concurrency := flag.Int("concurrency", 8, "workers, each with its own keep-alive connection")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()

	var known ids
	data, err := os.ReadFile(*idsFile)
	if err == nil {
		err = json.Unmarshal(data, &known)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "reading ids:", err)
		os.Exit(2)
	}
	transport := &http.Transport{MaxIdleConnsPerHost: *concurrency, MaxConnsPerHost: *concurrency, DisableCompression: true}
	client := &http.Client{Transport: transport, Timeout: 60 * time.Second}

	cpuBefore := cpuSeconds()
	started := time.Now()
	deadline := started.Add(time.Duration(*seconds * float64(time.Second)))
	results := make([]result, *concurrency)
	var wg sync.WaitGroup
	for w := 0; w < *concurrency; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results[w] = work(client, *base, "Bearer "+*token, known, deadline, rand.New(rand.NewSource(*seed*100+int64(w))))
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(started).Seconds()
	out := summarize(results, elapsed)
	out.ClientCPU = cpuSeconds() - cpuBefore
	json.NewEncoder(os.Stdout).Encode(out)
}

func work(client *http.Client, base, auth string, known ids, deadline time.Time, rng *rand.Rand) result {
	r := result{samples: map[string][]time.Duration{}}
	total := 0
	for _, op := range operations {
		total += op.weight
	}
	for time.Now().Before(deadline) {
		op := pick(rng, total)
		kind, pool := "jobs", known.Jobs
		if rng.Intn(2) == 1 {
			kind, pool = "candidates", known.Candidates
		}
		method, path, body := "GET", "", any(nil)
		switch op {
		case "get":
			path = fmt.Sprintf("/api/v1/%s/%d", kind, pool[rng.Intn(len(pool))])
		case "list":
			path = fmt.Sprintf("/api/v1/%s?limit=20&skip=%d", kind, rng.Intn(100))
		case "create_candidate":
			method, path, body = "POST", "/api/v1/candidates", candidateBody(rng)
		case "create_job":
			method, path, body = "POST", "/api/v1/jobs", jobBody(rng)
		default:
			method, path = "PATCH", fmt.Sprintf("/api/v1/%s/%d", kind, pool[rng.Intn(len(pool))])
			if kind == "candidates" {
				body = map[string]any{"notes": fmt.Sprintf("Patched %d", rng.Intn(1e9))}
			} else {
				body = map[string]any{"description": fmt.Sprintf("Patched %d", rng.Intn(1e9))}
			}
		}
		began := time.Now()
		status, err := call(client, method, base+path, auth, body)
		r.samples[op] = append(r.samples[op], time.Since(began))
		if err != nil || status >= 400 {
			r.errors++
			if r.firstError == "" {
				r.firstError = fmt.Sprintf("%s %s: status %d %v", method, path, status, err)
			}
		}
	}
	return r
}

func call(client *http.Client, method, url, auth string, body any) (int, error) {
	var reader io.Reader
	if body != nil {
		encoded, _ := json.Marshal(body)
		reader = bytes.NewReader(encoded)
	}
	request, err := http.NewRequest(method, url, reader)
	if err != nil {
		return 0, err
	}
	request.Header.Set("Authorization", auth)
	if body != nil {
		request.Header.Set("Content-Type", "application/json")
	}
	response, err := client.Do(request)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, response.Body)
	response.Body.Close()
	return response.StatusCode, err
}

func pick(rng *rand.Rand, total int) string {
	n := rng.Intn(total)
	for _, op := range operations {
		if n < op.weight {
			return op.name
		}
		n -= op.weight
	}
	return operations[len(operations)-1].name
}

func sample(rng *rand.Rand, from []string, n int) []string {
	picked := make([]string, 0, n)
	for _, i := range rng.Perm(len(from))[:n] {
		picked = append(picked, from[i])
	}
	return picked
}

func jobBody(rng *rand.Rand) map[string]any {
	required := sample(rng, skills, 3)
	return map[string]any{"title": "Senior " + titles[rng.Intn(len(titles))], "department": "Engineering",
		"location": "Remote", "description": fmt.Sprintf("We build durable systems with %s, %s, %s.", required[0], required[1], required[2]),
		"required_skills": required, "nice_to_have_skills": sample(rng, skills, 2), "status": "open"}
}

func candidateBody(rng *rand.Rand) map[string]any {
	known := sample(rng, skills, 4)
	return map[string]any{"full_name": fmt.Sprintf("Bench Candidate %d", rng.Intn(1e9)),
		"headline": titles[rng.Intn(len(titles))], "location": "Remote", "experience_years": 1 + rng.Intn(19),
		"current_title": titles[rng.Intn(len(titles))], "current_company": "Acme",
		"notes": fmt.Sprintf("Experience with %s, %s, %s, %s.", known[0], known[1], known[2], known[3])}
}

func summarize(results []result, elapsed float64) summary {
	out := summary{Seconds: elapsed, Operations: map[string]opSummary{}}
	for _, op := range operations {
		var all []time.Duration
		for _, r := range results {
			all = append(all, r.samples[op.name]...)
		}
		sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
		out.Operations[op.name] = opSummary{Count: len(all), P50: percentile(all, .50), P95: percentile(all, .95), P99: percentile(all, .99)}
		out.Requests += len(all)
	}
	for _, r := range results {
		out.Errors += r.errors
		if out.FirstError == "" {
			out.FirstError = r.firstError
		}
	}
	out.RequestsPerSec = float64(out.Requests) / elapsed
	return out
}

func percentile(sorted []time.Duration, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q * float64(len(sorted)))
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return float64(sorted[i].Microseconds()) / 1000
}

func cpuSeconds() float64 {
	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return float64(usage.Utime.Sec+usage.Stime.Sec) + float64(usage.Utime.Usec+usage.Stime.Usec)/1e6
}
