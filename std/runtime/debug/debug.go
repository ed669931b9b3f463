// Package debug - the parts of runtime/debug gocc supports: SetGCPercent
// (the runtime's GOGC), FreeOSMemory (a full collection), SetMaxStack
// (recorded only: gocc's stacks have their own limit), and Stack/PrintStack,
// which have no traceback to give and return an empty trace.
package debug

import (
	"os"
	"runtime"
	_ "unsafe" // for go:linkname
)

// setGCPercent sets GOGC to percent (negative: off) and returns the old value.
//
//go:linkname setGCPercent runtime.debugSetGCPercent
func setGCPercent(percent int32) int32

// SetGCPercent sets the collection target percentage and returns the previous
// setting; a negative percentage disables collection.
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() { runtime.GC() }

var maxStack = 1000000000

// SetMaxStack records the maximum stack size and returns the previous one.
func SetMaxStack(bytes int) int {
	prev := maxStack
	maxStack = bytes
	return prev
}

// Stack returns a formatted stack trace of the calling goroutine; gocc has
// no traceback support for it, so the trace is empty.
func Stack() []byte { return []byte{} }

// PrintStack writes Stack to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }
