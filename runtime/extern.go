// extern.go - the API that Go programs see when they import "runtime".
//
// Everything here is exported with the package's export data, so that
// `import "runtime"` type-checks against it. The functions without bodies
// are shims in extern_amd64.s that call the C runtime (mgc.c, proc.c,
// mstats.c, extern.c) with the System V ABI.

package runtime

// GOOS and GOARCH: gocc builds for one target.
const GOOS = "linux"
const GOARCH = "amd64"

// Compiler names the toolchain that built the program ("gc" for Go's own).
const Compiler = "gocc"

// Version is the Go release whose language and library gocc follows.
func Version() string { return "go1.19-gocc" }

// GC runs a full garbage collection and returns when it is done.
func GC()

// Gosched yields the processor, letting other goroutines run.
func Gosched()

// NumGoroutine reports the number of goroutines that exist now.
func NumGoroutine() int

// NumCPU reports the number of CPUs the process may run on.
func NumCPU() int

// GOMAXPROCS sets the number of Ps (threads running Go code at once) to
// n and returns the previous setting; n < 1 only reports it. The start-up
// value comes from the GOMAXPROCS environment variable or the CPU count;
// gocc allows at most 256.
func GOMAXPROCS(n int) int

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

// Breakpoint executes a breakpoint trap (INT3).
func Breakpoint()

// ReadMemStats fills m with the allocator's and collector's statistics.
func ReadMemStats(m *MemStats)

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {}

// SetFinalizer would arrange for finalizer(obj) to run when obj becomes
// unreachable. gocc does not run finalizers yet; Go does not promise that
// they run at all, and programs must not depend on it.
func SetFinalizer(obj any, finalizer any) {}

// LockOSThread and UnlockOSThread wire the goroutine to its thread. gocc
// never moves goroutines between threads when a cgo or thread-local
// state would care, so they do nothing.
func LockOSThread()   {}
func UnlockOSThread() {}

// Error is the type of run-time panics (index out of range, nil map
// writes, failed type assertions, ...).
type Error interface {
	error
	RuntimeError()
}

// MemStats is laid out exactly as Go 1.19's (mstats.c fills it).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}
