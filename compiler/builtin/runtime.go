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
func panicnilderef()               // invalid memory address or nil pointer dereference
func throw(msg string)             // fatal error: msg

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
