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

// GOMAXPROCS sets the number of Ps (threads running Go code at once) to n
// when n > 0 (stopping the world to do it) and returns the previous
// number. It starts as the GOMAXPROCS environment variable or the CPU
// count.
func GOMAXPROCS(n int) int

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

// Breakpoint executes a breakpoint trap (INT3).
func Breakpoint()

// ReadMemStats fills m with the allocator's and collector's statistics.
func ReadMemStats(m *MemStats)

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {}

// SetFinalizer arranges for finalizer(obj) to run, on the finalizer
// goroutine, after a collection finds obj unreachable; a nil finalizer
// removes obj's. obj must point to the start of a heap object (pointers to
// globals are ignored). Checks and fatal errors as Go's (mfinal.c).
func SetFinalizer(obj any, finalizer any)

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

// Func is a function of the program, as FuncForPC finds it: a pointer to
// its entry in the linker's function table (symtab.c).
type Func struct {
	entry uintptr // the first instruction
	end   uintptr // just past the last one
	name  *byte   // NUL-terminated, in the table
}

// FuncForPC gives the function holding pc, or nil.
func FuncForPC(pc uintptr) *Func

func funcName(f *Func) string

func funcFileLine(f *Func, pc uintptr, file *string) int

// Name is the function's name with its package path ("main.f",
// "main.(*T).m", "main.f.func1").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f)
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine gives the source file and line of pc in the function (the file
// as the compiler was given it, made absolute); "?" and 0 when unknown.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	line = funcFileLine(f, pc, &file)
	return file, line
}

func callers(skip int, pcs *uintptr, n int) int

// Callers fills pc with the return addresses of the calling goroutine's
// frames: skip 0 is Callers itself, 1 its caller. It returns how many.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// Caller reports the call site skip frames up: 0 is the caller of Caller.
// pc is that of the call instruction.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	if Callers(skip+2, rpc[:]) == 0 {
		return 0, "", 0, false
	}
	pc = rpc[0] - 1
	f := FuncForPC(pc)
	if f == nil {
		return pc, "", 0, false
	}
	file, line = f.FileLine(pc)
	return pc, file, line, true
}

// Frame is one frame of CallersFrames.
type Frame struct {
	PC       uintptr // the call instruction's address
	Func     *Func   // nil when not known
	Function string  // package-qualified name
	File     string
	Line     int
	Entry    uintptr // the function's entry
}

// Frames walks the return addresses Callers gave.
type Frames struct {
	pcs []uintptr
}

// CallersFrames gives the frames of the return addresses in callers.
func CallersFrames(callers []uintptr) *Frames { return &Frames{pcs: callers} }

// Next gives the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := FuncForPC(pc - 1)
		if f == nil {
			continue
		}
		if pc > f.entry {
			pc--
		}
		frame = Frame{PC: pc, Func: f, Function: f.Name(), Entry: f.entry}
		frame.File, frame.Line = f.FileLine(pc)
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}
