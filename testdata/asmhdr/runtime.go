// runtime2.go - the schema of the runtime's shared structures.
//
// This file is the single source of truth for the layout of the structures
// that Go code, the assembly and the C parts of the runtime all touch. At
// build time the compiler writes two headers from it:
//
//	go_asm.h        (-asmhdr) for the .s files: g_sched, gobuf_sp, m_tls, const__Gidle, ...
//	runtime_defs.h  (-cdefs)  for the .c files: struct g { ... }; #define const__Gidle 0 ...
//
// Offsets are never written by hand. Fields the assembly touches keep the
// order of Go's own runtime2.go; everything else is gocc's. Types are kept
// to int, uintptr, unsafe.Pointer, pointers, arrays and fixed-size integers.
//
// The body-less functions at the end are implemented in assembly; declaring
// them here lets the compiler pair them with the assembler's symabis.

package runtime

import "unsafe"

// Goroutine states (g.atomicstatus), numbered as in Go.
const (
	_Gidle     = 0 // just allocated, not yet initialised
	_Grunnable = 1 // on a run queue, not running
	_Grunning  = 2 // running on an M with a P
	_Gsyscall  = 3 // in a system call
	_Gwaiting  = 4 // blocked (g.waitreason says why)
	_Gdead     = 6 // finished or unused, on the free list
)

// P states (p.status).
const (
	_Pidle    = 0
	_Prunning = 1
	_Pdead    = 4
)

// Stacks. Each goroutine owns a slot of _StackSlot bytes inside large
// MAP_NORESERVE reservations (stacks never move); the prologue of every function compares SP with
// g.stackguard0, which sits _StackGuard bytes above the lowest usable byte.
// The usable part starts at _FixedStack bytes and doubles in morestack until
// it would exceed the maximum (1e9 bytes, as in Go).
const (
	_StackSlot     = 1 << 30    // bytes of address space per goroutine stack
	_SlotsPerChunk = 64         // slots reserved by one mmap
	_FixedStack    = 8192       // usable bytes of a new goroutine stack
	_StackGuard    = 928        // guard zone above stack.lo for NOSPLIT chains
	_StackSmall    = 128        // frames this small compare SP directly
	_StackMax      = 1000000000 // default maximum stack size (bytes)
	_G0Stack       = 64 * 1024  // usable part of the OS stack for m0's g0
	_G0StackSlack  = 104        // Go's allowance at the bottom of that stack
	_MStack        = 64 * 1024  // g0 stack of the Ms the runtime creates
	_StackPreempt  = -1314      // 0x...fade: stackguard0 value asking for preemption
	_RunqSize      = 256        // entries in a P's local run queue
	_MaxProcs      = 256        // upper bound of GOMAXPROCS
	_TLSSlots      = 6          // words of m.tls
	_MoreStackSave = 368        // bytes morestack saves: 14 GPRs + X0-X15, 16-aligned
)

// A goroutine's stack: [lo, hi).
type stack struct {
	lo uintptr
	hi uintptr
}

// The saved context of a g that is not running (g.sched) and the caller
// of a function that hit morestack (m.morebuf).
type gobuf struct {
	sp   uintptr
	pc   uintptr
	g    *g
	ctxt unsafe.Pointer
	ret  uintptr
	lr   uintptr
	bp   uintptr
}

// A closure value: the code pointer followed by the captured variables.
type funcval struct {
	fn uintptr
}

// A goroutine.
type g struct {
	stack        stack
	stackguard0  uintptr // compared with SP by the prologue of Go code
	stackguard1  uintptr // compared with SP by code that runs on g0
	_panic       unsafe.Pointer
	_defer       unsafe.Pointer
	m            *m // the M running this g, or nil
	sched        gobuf
	syscallsp    uintptr
	syscallpc    uintptr
	stktopsp     uintptr
	param        unsafe.Pointer
	atomicstatus uint32
	waitreason   int32 // why the g is _Gwaiting (index into the C table)
	goid         int64
	schedlink    *g      // next g on a run queue or the free list
	alllink      *g      // next g on the allg list
	stacksize    uintptr // usable bytes of the stack (from stack.hi down)
	startpc      uintptr // the function the g was started with
	sleepwhen    int64   // nanotime at which a sleeping g wakes (timer.c)
}

// A one-shot wake-up: notesleep blocks the M until notewakeup (futex on key).
type note struct {
	key uint32
}

// A machine: an OS thread.
type m struct {
	g0        *g    // goroutine with the scheduling stack
	morebuf   gobuf // gobuf arg to morestack
	procid    uint64
	gsignal   *g // signal-handling g
	tls       [_TLSSlots]uintptr
	mstartfn  unsafe.Pointer
	curg      *g // current running goroutine
	p         *p // attached P for executing Go code (nil if not)
	nextp     *p
	id        int64
	mallocing int32
	locks     int32
	printlock int32          // nesting depth of printlock on this M
	spinning  uint32         // looking for work, counted in sched.nmspinning
	park      note           // an idle M sleeps here
	waitlock  unsafe.Pointer // lock word gopark releases once the g is parked
	schedlink *m             // next M on sched.midle
	alllink   *m
}

// A processor: the resources needed to run Go code.
type p struct {
	id        int32
	status    uint32
	link      *p
	schedtick uint32
	m         *m // back-link to the associated M (nil if idle)
	runqhead  uint32
	runqtail  uint32
	runq      [_RunqSize]*g
	runnext   *g // a g to run before anything on runq
}

// The scheduler's global state.
type schedt struct {
	goidgen      uint64
	lock         uint32 // spin lock word
	nmspinning   int32
	midle        *m
	nmidle       int32
	mnext        int64 // id of the next M
	pidle        *p
	npidle       int32
	runqhead     *g // global run queue
	runqtail     *g
	runqsize     int32
	gfree        *g // dead gs with stacks, ready for reuse
	ngfree       int32
	allg         *g // every g ever created except g0s, oldest first
	allglen      int32
	allm         *m
	nprocs       int32 // GOMAXPROCS
	nmsys        int32 // Ms that never run Go code (sysmon): not counted by checkdead
	maxstacksize uintptr
}

// Implemented in assembly (asm_amd64.s, sys_linux_amd64.s, rt0_linux_amd64.s).
func rt0_go()
func gogo(buf *gobuf)
func mcall(fn unsafe.Pointer)
func systemstack(fn unsafe.Pointer, arg unsafe.Pointer)
func gocall(fn *funcval)
func morestack()
func morestack_noctxt()
func goexit()
func settls(addr unsafe.Pointer)
func clone(flags int32, stk unsafe.Pointer, mp *m, gp *g, fn unsafe.Pointer) int32
func mstart()
