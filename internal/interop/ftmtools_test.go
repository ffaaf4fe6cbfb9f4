package interop

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ftmTool returns the `ftm` command of the pinned followthemoney package: SCAMGRAPH_FTM when
// scripts/test.sh set it, else made here with scripts/venv.sh (a failure fails the test).
func ftmTool(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("SCAMGRAPH_FTM"); p != "" {
		if !filepath.IsAbs(p) {
			p = filepath.Join(root, p) // relative to the checkout, where scripts/test.sh runs
		}
		return p
	}
	var stderr bytes.Buffer
	cmd := exec.Command(filepath.Join(root, "scripts", "venv.sh"), filepath.Join(root, ".venv", "ftm"),
		filepath.Join(root, "internal", "interop", "requirements-ftm.txt"))
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cannot make the followthemoney environment (scripts/venv.sh, needs python3 and PyPI): %v\n%s", err, stderr.String())
	}
	return filepath.Join(filepath.Dir(strings.TrimSpace(string(out))), "ftm")
}

// runFtm runs one ftm command on input and returns its output; a non-zero exit, a traceback
// or a logged warning or error fails the test.
func runFtm(t *testing.T, ftm string, input []byte, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(ftm, args...)
	cmd.Stdin = bytes.NewReader(input)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("ftm %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	if e := stderr.String(); strings.Contains(e, "Traceback") || strings.Contains(e, "ERROR") || strings.Contains(e, "WARNING") {
		t.Fatalf("ftm %s complained:\n%s", strings.Join(args, " "), e)
	}
	return stdout.Bytes()
}

// standardKeys are the keys of an FtM entity that the ftm tools define.
var standardKeys = map[string]bool{"id": true, "schema": true, "properties": true, "referents": true,
	"datasets": true, "first_seen": true, "last_seen": true, "caption": true, "target": true, "last_change": true}

// stripNonStandard drops every key the FtM model does not define from each line, as tools
// that only know the model do.
func stripNonStandard(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		for k := range m {
			if !standardKeys[k] {
				delete(m, k)
			}
		}
		enc, _ := json.Marshal(m)
		out.Write(enc)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

func lineCount(b []byte) int { return len(bytes.Split(bytes.TrimSpace(b), []byte("\n"))) }
