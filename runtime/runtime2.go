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
	_Psyscall = 2 // its M is in a blocking system call; sysmon may take it (sysmon.c)
	_Pgcstop  = 3 // stopped for a stop-the-world (sched.c)
	_Pdead    = 4
)

// Stacks never move (stack.c). A goroutine starts on a small segment of
// _SmallStack bytes, packed with others in _SmallChunk-slot reservations so
// that idle goroutines share page-table pages. A function whose prologue
// finds the small segment full moves its own frame (not the callers') to
// the goroutine's big segment, a _StackSlot-byte slot of its own, and
// returns through runtime.lessstack to the small one. The prologue of
// every function compares SP with g.stackguard0, which sits _StackGuard
// bytes above the lowest usable byte; on the big segment the usable part
// starts at _FixedStack bytes and doubles in morestack until it would
// exceed the maximum (_StackMax, 1e9 bytes, as in Go).
const (
	_StackSlot     = 1 << 30    // bytes of address space of a big segment
	_SlotsPerChunk = 64         // big segments reserved by one mmap
	_SmallStack    = 32 * 1024  // bytes of a goroutine's first segment
	_SmallChunk    = 2048       // small segments reserved by one mmap (64 MiB)
	_CStackReserve = 8 * 1024   // bytes of the small segment below Go's limit, for C code
	_FixedStack    = 64 * 1024  // usable bytes of a big segment at first
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
	gopc         uintptr // return address of the go statement's newproc call (traceback.c: "created by")
	sleepwhen    int64   // nanotime at which a sleeping g wakes (timer.c)
	sig          uint32  // signal behind the current panic (0: none; signal_linux.c, panic.c)
	sigcode0     uintptr // its si_code
	sigcode1     uintptr // its fault address
	sigpc        uintptr // the faulting PC
	sigsp        uintptr // SP and BP at the fault (the traceback starts there)
	sigbp        uintptr
	waiting      *sudog  // the sudogs of a g blocked in select, in lock order (select.c)
	selectDone   uint32  // set by the first channel operation that wins this g's select
	stack0       stack   // the small segment (stack.c)
	stackbig     stack   // the big segment, lo = 0 until first needed
	bigsize      uintptr // usable bytes of the big segment (kept while on the small one)
	segsp        uintptr // on the big segment: SP of the switched function's entry on the small one, else 0
	segpc        uintptr // its return address (lessstack stands in for it)
	segargp      uintptr // where its copied arguments start on the big segment
	seglen       uintptr // bytes of the caller's frame copied there
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
	waitunlockf unsafe.Pointer // if set, gopark calls it with waitlock instead (select.c)
	fastrand  uint64         // state of this M's random numbers (select's case order)
	oldp      *p             // the P it had before entersyscall
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
	syscalltick uint32 // incremented by every entersyscall (sysmon.c)
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

// ---- The language runtime (map.c, iface.c, alg.c, defer.c, panic.c):
// type descriptors the compiler emits and the runtime reads, maps,
// interfaces, defer and panic records. docs/abi.md §9-§10 describe them.

// Type kinds (_type.kind & kindMask), numbered as in Go.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPtr           = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
	kindDirectIface   = 32 // the interface data word is the value itself (pointer-shaped types)
	kindMask          = 31
	tflagUncommon     = 1 // an uncommontype follows the kind-specific descriptor
	tflagNamed        = 4 // a defined type (printed as main.T(42) by panic)
)

// A type descriptor: Go 1.19's _type (docs/abi.md §8), except that the
// 8 bytes of Go's str/ptrToThis offsets hold one pointer to the type's name
// in Go's name encoding (our assembler writes only 8-byte addresses).
type _type struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer // System V: bool(*)(void *p, void *q, _type *t); nil: not comparable
	gcdata     *byte
	name       *byte // flags byte, uvarint length, bytes ("int", "main.T", "[]int")
}

// Methods of a defined type, after its kind-specific descriptor.
type uncommontype struct {
	pkgpath *byte  // name encoding
	mcount  uint16 // number of methods
	xcount  uint16 // number of exported methods
	moff    uint32 // offset from this uncommontype to [mcount]method, sorted by name
	_       uint32
}

type method struct {
	name *byte  // name encoding; unexported names are qualified by uncommontype.pkgpath
	mtyp *_type // the method's func type without receiver
	ifn  uintptr // code called through interfaces (receiver = the data word)
	tfn  uintptr // code of the normal method
}

type imethod struct {
	name *byte
	ityp *_type
}

type interfacetype struct {
	typ     _type
	pkgpath *byte
	mhdr    []imethod // sorted by name
}

type ptrtype struct {
	typ  _type
	elem *_type
}

type slicetype struct {
	typ  _type
	elem *_type
}

type arraytype struct {
	typ   _type
	elem  *_type
	slice *_type
	len   uintptr
}

type chantype struct {
	typ  _type
	elem *_type
	dir  uintptr
}

type functype struct {
	typ      _type
	inCount  uint16
	outCount uint16
	_        uint32
}

type structfield struct {
	name       *byte
	typ        *_type
	offsetAnon uintptr // offset << 1 | embedded
}

type structtype struct {
	typ     _type
	pkgpath *byte
	fields  []structfield
}

type maptype struct {
	typ        _type
	key        *_type
	elem       *_type
	bucket     *_type         // may be nil: the runtime only reads bucketsize
	hasher     unsafe.Pointer // System V uintptr(*)(void *key, uintptr seed, _type *t); nil: by key kind
	keysize    uint8          // size of a key slot (8 when indirect)
	elemsize   uint8          // size of an elem slot (8 when indirect)
	bucketsize uint16         // 8 + 8*keysize + 8*elemsize (+pad to 8) + 8
	flags      uint32         // 1 indirect key, 2 indirect elem, 4 reflexive key, 8 need key update, 16 hash may panic
}

// The map header; len(m) is the count field (offset 0) of a non-nil map.
type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

// A map iteration (for range); compiled code reads key and elem.
type hiter struct {
	key         unsafe.Pointer // nil: the iteration is over
	elem        unsafe.Pointer
	t           *maptype
	h           *hmap
	buckets     unsafe.Pointer // the bucket array when the iteration started
	bptr        unsafe.Pointer // current bucket
	startBucket uintptr
	offset      uint8 // random start slot in each bucket
	wrapped     uint8
	B           uint8
	i           uint8
	_           uint32
	bucket      uintptr
	checkBucket uintptr
	_           [2]uintptr
}

type itab struct {
	inter *interfacetype
	_type *_type
	hash  uint32 // copy of _type.hash, for type switches
	_     uint32
	fun   [1]uintptr // variable size; fun[0] == 0: _type does not implement inter
}

type eface struct {
	_type *_type
	data  unsafe.Pointer
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// A deferred call, on g._defer (newest first).
type _defer struct {
	started uint8
	_       [7]uint8
	sp      uintptr        // SP of the deferring frame at its CALL deferproc
	pc      uintptr        // return address of that CALL (resumed with AX=1 after recover)
	bp      uintptr        // BP of the deferring frame
	fn      unsafe.Pointer // *funcval of a func() closure
	_panic  *_panic        // the panic running this defer, if any
	link    *_defer
}

// An active panic, on g._panic (newest first).
type _panic struct {
	argp      uintptr // argp of the deferred call being run (recover checks it)
	argtype   *_type  // the panic value (an interface{})
	argdata   unsafe.Pointer
	link      *_panic
	recovered uint8
	aborted   uint8
	goexit    uint8 // runtime.Goexit, not a panic: recover returns nil
	_         [5]uint8
}

// A channel. The layout is Go's: the compiler reads len(c) at offset 0 and
// cap(c) at offset 8 (0 for a nil channel). The buffer, when there is one,
// follows the hchan in the same allocation. chan.c.
type hchan struct {
	qcount   uintptr        // elements in the buffer
	dataqsiz uintptr        // capacity of the buffer
	buf      unsafe.Pointer // the ring of dataqsiz elements
	elemsize uint16
	closed   uint32
	elemtype unsafe.Pointer // element type descriptor (unused until the compiler passes one)
	sendx    uintptr        // ring index of the next send
	recvx    uintptr        // ring index of the next receive
	recvq    waitq          // blocked receivers
	sendq    waitq          // blocked senders
	lock     uint32         // spin lock word guarding every field above
}

// A FIFO of blocked goroutines (doubly linked, so select can leave).
type waitq struct {
	first *sudog
	last  *sudog
}

// A goroutine waiting on a channel. It lives on the waiting goroutine's
// stack (stacks never move): one for a plain send or receive, one per
// case for select.
type sudog struct {
	g        *g
	next     *sudog
	prev     *sudog
	elem     unsafe.Pointer // the value to send, or where to put the received one
	c        *hchan
	waitlink *sudog // next sudog in g.waiting (select)
	isSelect uint32 // part of a select: the wake-up must win g.selectDone first
	success  uint32 // woken by a real send/receive (1) or by close (0)
}

// One case of a select, as selectgo receives them: sends first, then
// receives. elem points at the value to send or the place to receive into
// (nil to drop a received value).
type scase struct {
	c    *hchan
	elem unsafe.Pointer
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
