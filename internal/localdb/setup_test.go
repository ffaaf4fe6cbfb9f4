package localdb

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStartExplainsMissingTools checks that a machine without Java, or without Maven before the
// jars are downloaded, gets a message that says what to install or to set NEO4J_URI.
func TestStartExplainsMissingTools(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	realJava, err := exec.LookPath("java")
	if err != nil {
		t.Fatalf("this test needs java on PATH to build the no-Maven case: %v", err)
	}
	// A checkout whose jars were never downloaded.
	fresh := t.TempDir()
	if err := os.MkdirAll(filepath.Join(fresh, "internal/localdb/launcher"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"pom.xml", "Launcher.java"} {
		b, err := os.ReadFile(filepath.Join(root, "internal/localdb/launcher", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(fresh, "internal/localdb/launcher", f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	javaOnly := t.TempDir()
	if err := os.Symlink(realJava, filepath.Join(javaOnly, "java")); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, project, path string
		want                []string
	}{
		{"no java", root, t.TempDir(), []string{"Java not found", "OpenJDK 17", "NEO4J_URI"}},
		{"no maven", fresh, javaOnly, []string{"Maven is missing", "apt-get install maven", "NEO4J_URI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PATH", tt.path)
			t.Setenv("JAVA_HOME", "")
			_, err := Start(context.Background(), Options{ProjectDir: tt.project, StateDir: t.TempDir(),
				BoltAddr: freeAddr(t), HTTPAddr: freeAddr(t), Progress: &strings.Builder{}})
			if err == nil {
				t.Fatal("Start succeeded without the tools")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}
