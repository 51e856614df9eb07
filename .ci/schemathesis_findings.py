"""Summarises Schemathesis JUnit reports as a Markdown table: one row per failing operation and check.

    python3 .ci/schemathesis_findings.py target/schemathesis/*.xml
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

CHECK = re.compile(r"^- (ST\d+ [^\n]+)$", re.M)
RECEIVED = re.compile(r"Received: (\d+)\s+Documented: ([^\n]+)")
SCHEMA_AT = re.compile(r"^\s+([^\n]+)\n\n\s+Validated against the response schema[^\n]*\n\n\s+Schema at (\S+):", re.M)


def main(paths):
    findings = defaultdict(lambda: defaultdict(set))
    for path in paths:
        for case in ET.parse(path).getroot().iter("testcase"):
            for failure in list(case.iter("failure")) + list(case.iter("error")):
                text = failure.text or ""
                checks = CHECK.findall(text) or [failure.get("message") or "error"]
                for check in checks:
                    findings[case.get("name")][check.strip()]
                for problem, where in SCHEMA_AT.findall(text):
                    findings[case.get("name")]["ST108 Response violates schema"].add(f"{where}: {problem}")
                for received, documented in RECEIVED.findall(text):
                    findings[case.get("name")]["ST103 Undocumented status code"].add(
                        f"{received} (documented {documented.strip()})")
    print("| Operation | Check | Detail |")
    print("|---|---|---|")
    for operation in sorted(findings, key=lambda name: (name.split(" ", 1)[-1], name)):
        for check, details in sorted(findings[operation].items()):
            print(f"| `{operation}` | {check} | {', '.join(sorted(details))} |")
    server_errors = [op for op, checks in findings.items() if any("Server error" in c for c in checks)]
    print(f"\n{len(findings)} operations with findings; server errors: {len(server_errors)}"
          + (f" ({', '.join(sorted(server_errors))})" if server_errors else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
