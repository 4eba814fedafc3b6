"""Prints a JSON document as one `path = value` line per leaf, in key order,
so that FileCheck can check nested fields line by line:
    runs[0].results[0].ruleId = "contract-postcondition"
"""
import json
import sys


def walk(value, path):
    if isinstance(value, dict):
        if not value:
            print(f"{path} = {{}}")
        for key in sorted(value):
            walk(value[key], f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        if not value:
            print(f"{path} = []")
        for index, item in enumerate(value):
            walk(item, f"{path}[{index}]")
    else:
        print(f"{path} = {json.dumps(value)}")


with open(sys.argv[1], encoding="utf-8") as f:
    walk(json.load(f), "")
