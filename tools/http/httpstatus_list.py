#!/usr/bin/env python3
"""Writes Python's http.HTTPStatus table (an independent source for the HTTP deck's codes) to
Tests/SipdrillCLITests/Fixtures/http/python-httpstatus.tsv: code TAB phrase, one per line.
Run: python3 tools/http/httpstatus_list.py"""
import http, os, sys
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(root, "Tests", "SipdrillCLITests", "Fixtures", "http", "python-httpstatus.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    f.write(f"# http.HTTPStatus from Python {sys.version.split()[0]}\n")
    for status in sorted(http.HTTPStatus, key=int):
        f.write(f"{int(status)}\t{status.phrase}\n")
print(out)
