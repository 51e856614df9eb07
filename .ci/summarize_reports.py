"""Sums the Surefire and Failsafe reports; fails when nothing ran or a real-server test was skipped."""
import glob
import sys
import xml.etree.ElementTree as ET

totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
skipped_it = []
for path in glob.glob("**/target/*-reports/TEST-*.xml", recursive=True):
    suite = ET.parse(path).getroot()
    for key in totals:
        totals[key] += int(suite.get(key, 0))
    if suite.get("name", "").endswith("IT") and int(suite.get("skipped", 0)) > 0:
        skipped_it.append(suite.get("name"))

passed = totals["tests"] - totals["failures"] - totals["errors"] - totals["skipped"]
failed = totals["failures"] + totals["errors"]
print(f"{passed} passed, {failed} failed, {totals['skipped']} skipped")
if totals["tests"] == 0:
    print("no test ran", file=sys.stderr)
    sys.exit(1)
if skipped_it:
    print("real-server tests were skipped: " + ", ".join(skipped_it), file=sys.stderr)
    sys.exit(1)
sys.exit(1 if failed else 0)
