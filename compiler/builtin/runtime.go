// The runtime entry points that compiled code calls implicitly.
//
// The compiler reads this file to learn the names and signatures of the
// helpers it emits calls to (println, string concatenation, bounds failures,
// goroutine start, ...). Each is implemented in the runtime, in C or assembly,
// and every one is called with the System V AMD64 C calling convention; see
// docs/abi.md. Arguments are flattened into machine words (a string is
// pointer, length); at most six integer words and eight float arguments;
// at most two result words. Wider values travel through pointers.
//
// Add a declaration here first, then implement it in runtime/.

package runtime

import "unsafe"

// Printing for the print and println builtins. println(a, b) compiles to
// printlock, print of a, printsp, print of b, printnl, printunlock.
func printlock()
func printunlock()
func printstring(s string)
func printint(v int64)
func printuint(v uint64)
func printhex(v uint64)
func printbool(v bool)
func printfloat(v float64)
func printpointer(p unsafe.Pointer)
func printsp()
func printnl()

// Run-time failures. Each prints Go's message as a panic and does not return.
func panicIndex(x int, y int)      // index out of range [x] with length y
func panicIndexU(x uint, y int)
func panicSliceAlen(x int, y int)  // slice bounds out of range [:x] with length y
func panicSliceAcap(x int, y int)  // slice bounds out of range [:x] with capacity y
func panicSliceB(x int, y int)     // slice bounds out of range [x:y]
func panicdivide()                 // integer divide by zero
func panicshift()                  // negative shift amount
func panicunsafeslicelen()         // unsafe.Slice: len out of range
func panicunsafeslicenilptr()      // unsafe.Slice: ptr is nil and len is not zero
func panicnilderef()               // invalid memory address or nil pointer dereference
func throw(msg string)             // fatal error: msg
func panicwrapmsg(msg string)      // panic(plainError(msg)): a value method called through a nil pointer

// Complex numbers: n/m with Go's Inf and NaN rules (runtime/complex.c);
// complex64 division converts to complex128 and back. The result comes back
// in X0, X1.
func complex128div(n complex128, m complex128) complex128

// Strings.
func concatstring2(a string, b string) string
func cmpstring(a string, b string) int

// Memory.
func newobject(size uintptr) unsafe.Pointer
func memmove(to unsafe.Pointer, from unsafe.Pointer, n uintptr)
func memclr(p unsafe.Pointer, n uintptr)

// Goroutines: fn points to a funcval whose function takes no arguments.
func newproc(fn unsafe.Pointer)

// Goroutines, continued (appended by the runtime).
func block() // select {} with no cases: park forever

// panic(s) with a string s, until interface values exist (appended by the
// runtime): prints "panic: s" and the goroutine header as Go does, exit 2.
func panicstring(s string)

// Channels (appended by the runtime; runtime/chan.c, runtime/select.c).
//
// A channel value is a *hchan (runtime2.go). The compiler reads len(c) as
// the word at offset 0 of c and cap(c) as the word at offset 8 (both 0 when
// c is nil). Values travel through pointers: elem points to the value to
// send, or to where a received value goes (nil drops it). Elements are
// copied with memmove of elemsize bytes; elemsize must be < 65536.
//
// makechan takes the element size for now (no type descriptors yet); when
// the compiler emits chan type descriptors this becomes makechan(t, size)
// with the size read from t.elem, and the GC will want t.elem for the buffer.
func makechan(elemsize uintptr, size int) unsafe.Pointer // panics "makechan: size out of range"
func chansend1(c unsafe.Pointer, elem unsafe.Pointer)            // c <- *elem
func chanrecv1(c unsafe.Pointer, elem unsafe.Pointer)            // *elem = <-c
func chanrecv2(c unsafe.Pointer, elem unsafe.Pointer) bool       // *elem, ok = <-c
func closechan(c unsafe.Pointer)                                 // close(c)

// select with one case and a default.
func selectnbsend(c unsafe.Pointer, elem unsafe.Pointer) bool                      // selected
func selectnbrecv(elem unsafe.Pointer, c unsafe.Pointer) (selected bool, received bool)

// selectgo: the general select. cas0 points to an array of nsends+nrecvs
// scase {c *hchan; elem unsafe.Pointer} (send cases first, then receives;
// a nil c disables its case), order0 to scratch space of 2*(nsends+nrecvs)
// uint16 (Go's pc0 argument, for the race detector, is left out). block is
// false when the select has a default case. Returns the index of the chosen
// case (-1: take the default) and, for a receive, whether a value arrived
// (false: the channel was closed). `select {}` is block().
func selectgo(cas0 unsafe.Pointer, order0 unsafe.Pointer, nsends int, nrecvs int, block bool) (int, bool)

// Blocking system calls that let other goroutines run meanwhile (the P is
// handed off while the thread waits). Results: count, or -errno.
func read(fd int, p unsafe.Pointer, n int) int
func write(fd int, p unsafe.Pointer, n int) int

// Timers and the clock. time.Sleep, time.now, time.startTimer/stopTimer/
// resetTimer and sync.runtime_Semacquire/SemacquireMutex/Semrelease,
// sync.fatal/throw are not called by the compiler implicitly: the std
// packages declare them body-less with //go:linkname to those names, and
// the runtime provides ABIInternal entry points under them
// (runtime/sys_linux_amd64.s). runtime.nanotime is callable both ways.
func timeSleep(ns int64)
func nanotime() int64
func fastrand() uint32

// Memory (appended by the collector's session; runtime/malloc.c, docs/abi.md §8).
// typ/et point to a Go 1.19 _type descriptor (docs/abi.md §8) emitted by
// the compiler as a type:... symbol; its gcdata bitmap lets the collector
// scan the object precisely. A nil typ means: scan conservatively.
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer
func makeslice(et unsafe.Pointer, len int, cap int) unsafe.Pointer // panics: makeslice: len/cap out of range
// growslice: a new backing array for at least newlen elements holding the
// oldlen elements at oldptr; returns its pointer and capacity. The caller
// sets the slice's length to newlen (two result words, docs/abi.md §2).
func growslice(et unsafe.Pointer, oldptr unsafe.Pointer, oldlen int, oldcap int, newlen int) (unsafe.Pointer, int)

// ---- The language runtime (appended by rtlang; contracts in docs/abi.md
// §9 "Type descriptors for maps and interfaces" and §10 "defer, panic and
// recover"). t arguments point at type descriptors the compiler emits.

// Maps: t is the map type's *maptype, h the map (*hmap, nil for a nil
// map); keys are passed by address; results point into the map (or at a
// read-only zero value) and are valid until the next map write.
// len(m) of a non-nil map is the int at offset 0 of *h.
func makemap(t unsafe.Pointer, hint int, h unsafe.Pointer) unsafe.Pointer // h: optional preallocated hmap
func makemap_small() unsafe.Pointer
func mapaccess1(t unsafe.Pointer, h unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapaccess2(t unsafe.Pointer, h unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)
func mapassign(t unsafe.Pointer, h unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer // store the elem through the result
func mapdelete(t unsafe.Pointer, h unsafe.Pointer, key unsafe.Pointer)
func mapclear(t unsafe.Pointer, h unsafe.Pointer)
func maplen(h unsafe.Pointer) int
func mapiterinit(t unsafe.Pointer, h unsafe.Pointer, it unsafe.Pointer) // it: a 96-byte hiter; key at 0, elem at 8 (nil key: done)
func mapiternext(it unsafe.Pointer)

// Interfaces. Converting a value to an interface: pointer-shaped types
// (kindDirectIface) use the value as the data word; others get it from
// these (values below 256 and zero-sized strings/slices share static memory).
func convT16(v uint16) unsafe.Pointer
func convT32(v uint32) unsafe.Pointer
func convT64(v uint64) unsafe.Pointer
func convTstring(s string) unsafe.Pointer
func convTslice(p unsafe.Pointer, len int, cap int) unsafe.Pointer
func convT(t unsafe.Pointer, v unsafe.Pointer) unsafe.Pointer // copies t.size bytes at v
func getitab(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer  // T → I when T is known to implement I
func convI2I(inter unsafe.Pointer, tab unsafe.Pointer) unsafe.Pointer // I1 → I2 (nil stays nil)
func assertE2I(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer // x.(I), x interface{} with type word t
func assertE2I2(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer
func assertI2I(inter unsafe.Pointer, tab unsafe.Pointer) unsafe.Pointer
func assertI2I2(inter unsafe.Pointer, tab unsafe.Pointer) unsafe.Pointer // nil: not ok
func panicdottypeE(have unsafe.Pointer, want unsafe.Pointer, iface unsafe.Pointer)
func panicdottypeI(have unsafe.Pointer, want unsafe.Pointer, iface unsafe.Pointer)
func efaceeq(t unsafe.Pointer, x unsafe.Pointer, y unsafe.Pointer) bool // after the type words compared equal
func ifaceeq(tab unsafe.Pointer, x unsafe.Pointer, y unsafe.Pointer) bool
func typeequal(p unsafe.Pointer, q unsafe.Pointer, t unsafe.Pointer) bool // == of any comparable type

// Strings. Slices come back as (pointer, length) with cap = length.
func concatstrings(a unsafe.Pointer, n int) string // a points at n strings
func slicebytetostring(p unsafe.Pointer, n int) string
func stringtoslicebyte(s string) (unsafe.Pointer, int)
func stringtoslicerune(s string) (unsafe.Pointer, int)
func slicerunetostring(p unsafe.Pointer, n int) string
func intstring(v int64) string
func decoderune(s string, k int) (rune, int) // for range over s when s[k] >= 0x80
func countrunes(s string) int

// defer, panic, recover (docs/abi.md §10).
func deferproc(fn unsafe.Pointer) int // fn: *funcval of a func(); 0, or 1 when resumed after recover
func deferreturn()                    // at every return of a function that called deferproc
func gopanic(v interface{})
func gorecover(argp uintptr) interface{} // argp: the caller's entry SP + 8

// Bounds failures, continued (Go's boundsError texts; U: x is unsigned).
func panicSliceAlenU(x uint, y int)
func panicSliceAcapU(x uint, y int)
func panicSliceBU(x uint, y int)
func panicSlice3Alen(x int, y int) // slice bounds out of range [::x] with length y
func panicSlice3AlenU(x uint, y int)
func panicSlice3Acap(x int, y int) // [::x] with capacity y
func panicSlice3AcapU(x uint, y int)
func panicSlice3B(x int, y int) // [:x:y]
func panicSlice3BU(x uint, y int)
func panicSlice3C(x int, y int) // [x:y:]
func panicSlice3CU(x uint, y int)
func panicSliceConvert(x int, y int) // cannot convert slice with length y to pointer to array with length x

// Printing, continued.
func printcomplex(re float64, im float64)
func printslice(p unsafe.Pointer, len int, cap int)
func printeface(e interface{})
func printiface(tab unsafe.Pointer, data unsafe.Pointer)
