// --format=sarif: one SARIF 2.1.0 run with a rule per check that reported,
// results with locations relative to the current directory (%SRCROOT%),
// notes as related locations, the counterexample as a code flow, a stable
// fingerprint, and the verdict and inputs as properties.
// RUN: rm -rf %t && mkdir -p %t/src && cp %s %t/src/input.cpp
// RUN: cd %t && %vouch --format=sarif -config='{CheckOptions: {ReportProved: true}}' src/input.cpp -- -std=c++20 > out.sarif 2> err.txt
// RUN: python3 %S/Inputs/flatten-json.py %t/out.sarif > %t/flat.txt
// RUN: FileCheck %s --check-prefix=RUN-LEVEL < %t/flat.txt
// RUN: FileCheck %s --check-prefix=PROVED < %t/flat.txt
// RUN: FileCheck %s --check-prefix=VIOLATED < %t/flat.txt
// RUN: FileCheck %s --check-prefix=UNKNOWN < %t/flat.txt
// RUN: FileCheck %s --check-prefix=SYNTAX < %t/flat.txt
// RUN: FileCheck %s --check-prefix=RULES < %t/flat.txt

// RUN-LEVEL: $schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/{{.*}}/sarif-schema-2.1.0.json"
// RUN-LEVEL: runs[0].columnKind = "utf16CodeUnits"
// RUN-LEVEL: runs[0].originalUriBaseIds.%SRCROOT%.uri = "file:///{{.*}}/"
// RUN-LEVEL: runs[0].tool.driver.informationUri = "https://github.com/vouch-dev/vouch"
// RUN-LEVEL: runs[0].tool.driver.name = "vouch"
// RUN-LEVEL: runs[0].tool.driver.version = "{{[0-9]+\.[0-9]+\.[0-9]+}}"
// RUN-LEVEL: version = "2.1.0"

/// \pre x >= 0
/// \post result >= 0
int same(int x) { return x; }
// PROVED:      runs[0].results[0].level = "note"
// PROVED-NEXT: runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "src/input.cpp"
// PROVED-NEXT: runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId = "%SRCROOT%"
// PROVED-NEXT: runs[0].results[0].locations[0].physicalLocation.region.startColumn = 19
// PROVED-NEXT: runs[0].results[0].locations[0].physicalLocation.region.startLine = [[#@LINE-5]]
// PROVED-NEXT: runs[0].results[0].message.text = "postcondition 'result >= 0' is proved"
// PROVED-NEXT: runs[0].results[0].partialFingerprints.vouchFingerprint/v1 = "[[FP:[0-9a-f]{16}]]:1"
// PROVED:      runs[0].results[0].properties.fingerprint = "[[FP]]"
// PROVED:      runs[0].results[0].properties.verdict = "proved"
// PROVED:      runs[0].results[0].ruleId = "contract-postcondition"

/// \post result != 7
int pick(bool b) {
  if (b)
    return 7;
  return 0;
}
// VIOLATED:      runs[0].results[1].codeFlows[0].message.text = "counterexample: b = true"
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[0].location.message.text = "postcondition 'result != 7' written here"
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[0].location.physicalLocation.region.startLine = [[#@LINE-8]]
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[1].location.message.text = "entry of 'pick' with b = true"
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[1].location.physicalLocation.region.startLine = [[#@LINE-9]]
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[2].location.message.text = "'b' is true"
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[2].location.physicalLocation.region.startLine = [[#@LINE-10]]
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[3].location.message.text = "postcondition 'result != 7' is violated (returns 7)"
// VIOLATED:      runs[0].results[1].codeFlows[0].threadFlows[0].locations[3].location.physicalLocation.region.startLine = [[#@LINE-11]]
// VIOLATED:      runs[0].results[1].level = "warning"
// VIOLATED:      runs[0].results[1].locations[0].physicalLocation.region.startColumn = 5
// VIOLATED-NEXT: runs[0].results[1].locations[0].physicalLocation.region.startLine = [[#@LINE-14]]
// VIOLATED-NEXT: runs[0].results[1].message.text = "postcondition 'result != 7' is violated"
// VIOLATED-NEXT: runs[0].results[1].partialFingerprints.vouchFingerprint/v1 = "{{[0-9a-f]+}}:1"
// VIOLATED:      runs[0].results[1].properties.clause.text = "result != 7"
// VIOLATED-NEXT: runs[0].results[1].properties.counterexample.inputs[0].name = "b"
// VIOLATED-NEXT: runs[0].results[1].properties.counterexample.inputs[0].value = "true"
// VIOLATED-NEXT: runs[0].results[1].properties.counterexample.returns = "7"
// VIOLATED:      runs[0].results[1].properties.function = "pick"
// VIOLATED-NEXT: runs[0].results[1].properties.obligation = "postcondition"
// VIOLATED-NEXT: runs[0].results[1].properties.verdict = "violated"
// VIOLATED-NEXT: runs[0].results[1].relatedLocations[0].id = 1
// VIOLATED-NEXT: runs[0].results[1].relatedLocations[0].message.text = "postcondition written here"
// VIOLATED:      runs[0].results[1].relatedLocations[1].id = 2
// VIOLATED-NEXT: runs[0].results[1].relatedLocations[1].message.text = "counterexample: b = true"
// VIOLATED:      runs[0].results[1].ruleId = "contract-postcondition"
// VIOLATED-NEXT: runs[0].results[1].ruleIndex = 0
// The proved return is its own result.
// VIOLATED:      runs[0].results[2].level = "note"

/// \post result == *p
int deref(int *p) { return *p; }
// UNKNOWN:      runs[0].results[3].level = "warning"
// UNKNOWN:      runs[0].results[3].message.text = "postcondition 'result == *p' could not be decided: 'p' at [[#@LINE-2]]:29 is not modelled"
// UNKNOWN:      runs[0].results[3].properties.reason = "'p' at [[#@LINE-3]]:29 is not modelled"
// UNKNOWN-NEXT: runs[0].results[3].properties.verdict = "unknown"
// UNKNOWN:      runs[0].results[3].ruleId = "contract-unknown"
// UNKNOWN-NEXT: runs[0].results[3].ruleIndex = 1

/// \pre y > 0
int f(int x) { return x; }
// SYNTAX:      runs[0].results[4].level = "warning"
// SYNTAX:      runs[0].results[4].locations[0].physicalLocation.region.startColumn = 10
// SYNTAX-NEXT: runs[0].results[4].locations[0].physicalLocation.region.startLine = [[#@LINE-4]]
// SYNTAX-NEXT: runs[0].results[4].message.text = "use of undeclared identifier 'y' in a contract of 'f'"
// SYNTAX-NEXT: runs[0].results[4].partialFingerprints.vouchFingerprint/v1 = "{{[0-9a-f]+}}:1"
// SYNTAX-NEXT: runs[0].results[4].properties.fingerprint = "{{[0-9a-f]+}}"
// SYNTAX-NEXT: runs[0].results[4].ruleId = "contract-syntax"
// SYNTAX-NEXT: runs[0].results[4].ruleIndex = 2
// SYNTAX-NOT:  runs[0].results[5]

// RULES:      runs[0].tool.driver.rules[0].defaultConfiguration.level = "warning"
// RULES-NEXT: runs[0].tool.driver.rules[0].fullDescription.text = "Reports postconditions {{.*}}"
// RULES-NEXT: runs[0].tool.driver.rules[0].help.markdown = "{{.*}}[Documentation](https://github.com/vouch-dev/vouch/blob/main/docs/checks/contract-postcondition.md)"
// RULES-NEXT: runs[0].tool.driver.rules[0].help.text = "{{.*}}"
// RULES-NEXT: runs[0].tool.driver.rules[0].helpUri = "https://github.com/vouch-dev/vouch/blob/main/docs/checks/contract-postcondition.md"
// RULES-NEXT: runs[0].tool.driver.rules[0].id = "contract-postcondition"
// RULES-NEXT: runs[0].tool.driver.rules[0].name = "ContractPostcondition"
// RULES-NEXT: runs[0].tool.driver.rules[0].shortDescription.text = "{{.+}}"
// RULES:      runs[0].tool.driver.rules[1].helpUri = "https://github.com/vouch-dev/vouch/blob/main/docs/checks/contract-unknown.md"
// RULES:      runs[0].tool.driver.rules[2].helpUri = "https://github.com/vouch-dev/vouch/blob/main/docs/checks/contract-syntax.md"
// RULES-NEXT: runs[0].tool.driver.rules[2].id = "contract-syntax"
// RULES-NOT:  runs[0].tool.driver.rules[3]
