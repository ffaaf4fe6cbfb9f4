//go:build !unix

package localdb

import (
	"context"
	"os/exec"
)

func detach(*exec.Cmd)                                 {}
func terminate(int) error                              { return errUnsupported }
func kill(int) error                                   { return errUnsupported }
func processAlive(int) bool                            { return false }
func isLauncher(int) bool                              { return false }
func lockFile(context.Context, string) (func(), error) { return nil, errUnsupported }
