//go:build unix

package localdb

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"
)

// detach puts the JVM in its own session: a Ctrl-C aimed at the calling command's process group
// does not reach it, and it outlives `scamgraph db start`. Stop ends it with SIGTERM instead.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}

func terminate(pid int) error { return syscall.Kill(pid, syscall.SIGTERM) }
func kill(pid int) error      { return syscall.Kill(pid, syscall.SIGKILL) }

// processAlive reports whether pid exists and has not exited (a zombie counts as gone).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return !procAvailable() // without /proc the signal check is all there is
	}
	// Format: pid (comm) state ...; comm may contain spaces or parentheses.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 || i+2 >= len(stat) {
		return true
	}
	return stat[i+2] != 'Z' && stat[i+2] != 'X'
}

func procAvailable() bool {
	_, err := os.Stat("/proc/self/stat")
	return err == nil
}

// isLauncher reports whether pid is a live JVM running Launcher.java, so a pid file left behind
// by a crash never makes Stop signal an unrelated process that reused the number.
func isLauncher(pid int) bool {
	if !processAlive(pid) {
		return false
	}
	var cmdline []byte
	if procAvailable() {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
		if err != nil {
			return false
		}
		cmdline = b
	} else {
		b, err := exec.Command("ps", "-p", strconv.Itoa(pid), "-o", "command=").Output()
		if err != nil {
			return false
		}
		cmdline = b
	}
	return bytes.Contains(cmdline, []byte("Launcher.java"))
}

// lockFile takes an exclusive flock on path, waiting until ctx ends; concurrent Start/Stop calls
// (parallel test packages, two terminals) then act one at a time.
func lockFile(ctx context.Context, path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("localdb: open lock file: %w", err)
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				_ = f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("localdb: lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("localdb: waiting for %s (another start or stop is running): %w", path, ctx.Err())
		case <-tick.C:
		}
	}
}
