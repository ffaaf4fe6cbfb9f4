package localdb

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

const installHint = "install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j 5"

// findJava locates a Java 17+ runtime: $JAVA_HOME/bin/java first, else java on PATH.
func findJava(ctx context.Context) (string, error) {
	path := ""
	if home := os.Getenv("JAVA_HOME"); home != "" {
		p := filepath.Join(home, "bin", "java")
		if _, err := os.Stat(p); err == nil {
			path = p
		}
	}
	if path == "" {
		p, err := exec.LookPath("java")
		if err != nil {
			return "", fmt.Errorf("localdb: Java not found: %s", installHint)
		}
		path = p
	}
	out, err := exec.CommandContext(ctx, path, "-version").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("localdb: %s -version failed (%v): %s", path, err, installHint)
	}
	major, err := javaMajor(string(out))
	if err != nil {
		return "", fmt.Errorf("localdb: %s: %v; %s", path, err, installHint)
	}
	if major < 17 {
		return "", fmt.Errorf("localdb: %s is Java %d, Neo4j 5.26 needs 17 or newer: %s", path, major, installHint)
	}
	return path, nil
}

var javaVersionRE = regexp.MustCompile(`version "([0-9]+)(?:\.([0-9]+))?`)

// javaMajor reads the feature release from `java -version` output ("1.8.0_392" is 8, "17.0.15" is 17).
func javaMajor(out string) (int, error) {
	m := javaVersionRE.FindStringSubmatch(out)
	if m == nil {
		first, _, _ := strings.Cut(strings.TrimSpace(out), "\n")
		return 0, fmt.Errorf("cannot read the Java version from %q", first)
	}
	major, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, fmt.Errorf("cannot read the Java version from %q", m[0])
	}
	if major == 1 && m[2] != "" {
		major, _ = strconv.Atoi(m[2])
	}
	return major, nil
}

// stampName records which pom.xml filled target/lib, so an edited pom (a version bump) refetches
// instead of mixing two Neo4j versions on the classpath.
const stampName = ".pom-sha256"

// ensureJars runs `mvn -B -q package` in internal/localdb/launcher/ unless target/lib already matches pom.xml.
func ensureJars(ctx context.Context, o Options) error {
	dir := o.runtimeDir()
	pom, err := os.ReadFile(filepath.Join(dir, "pom.xml"))
	if err != nil {
		return fmt.Errorf("localdb: %s is not the scamgraph checkout: %w", o.ProjectDir, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "Launcher.java")); err != nil {
		return fmt.Errorf("localdb: internal/localdb/launcher/Launcher.java missing in %s: %w", o.ProjectDir, err)
	}
	sum := sha256.Sum256(pom)
	want := hex.EncodeToString(sum[:])
	lib := filepath.Join(dir, "target", "lib")
	stamp := filepath.Join(lib, stampName)
	got, err := os.ReadFile(stamp)
	if err == nil && strings.TrimSpace(string(got)) == want {
		return nil
	}
	// Jars from an older pom.xml are cleared so two Neo4j versions never share the classpath.
	// Without a stamp (mvn run by hand) the jars are left alone: another JVM may be using them,
	// and mvn only adds what is missing.
	stale := err == nil

	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return fmt.Errorf("localdb: the Neo4j jars are not downloaded yet and Maven is missing: install Maven (apt-get install maven) or set NEO4J_URI to an existing Neo4j 5")
	}
	if stale {
		if err := os.RemoveAll(lib); err != nil {
			return fmt.Errorf("localdb: clear %s: %w", lib, err)
		}
	}
	fmt.Fprintln(o.Progress, "Downloading Neo4j 5.26 and Neo4j Browser from Maven Central with mvn (about 130 MB, first start only)...")
	var tail tailBuffer
	out := io.MultiWriter(o.Progress, &tail)
	cmd := exec.CommandContext(ctx, mvn, "-B", "-q", "-Dstyle.color=never", "package")
	cmd.Dir = dir
	cmd.Stdout = out
	cmd.Stderr = out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("localdb: mvn -B -q package in %s failed (%v); check network access to Maven Central, or set NEO4J_URI to an existing Neo4j 5; mvn said:\n%s", dir, err, tail.String())
	}
	jars, err := filepath.Glob(filepath.Join(lib, "neo4j-*.jar"))
	if err != nil || len(jars) == 0 {
		return fmt.Errorf("localdb: mvn package finished but %s holds no Neo4j jars", lib)
	}
	if err := os.WriteFile(stamp, []byte(want+"\n"), 0o644); err != nil {
		return fmt.Errorf("localdb: write %s: %w", stamp, err)
	}
	fmt.Fprintln(o.Progress, "Neo4j jars ready.")
	return nil
}

// tailBuffer keeps the last 8 KiB written to it, for error messages.
type tailBuffer struct{ b []byte }

func (t *tailBuffer) Write(p []byte) (int, error) {
	const keep = 8 << 10
	t.b = append(t.b, p...)
	if len(t.b) > keep {
		t.b = append([]byte(nil), t.b[len(t.b)-keep:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	return string(bytes.TrimSpace(t.b))
}

var errUnsupported = errors.New("the local Neo4j runtime supports Linux and macOS only; set NEO4J_URI to an existing Neo4j 5")
