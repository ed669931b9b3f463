// Test of gocc/sync/atomic with real Go (sh std/verify.sh sync/atomic):
// the results of every operation against plain arithmetic, and counters
// hammered by 8 goroutines at once.
package main

import (
	"fmt"
	"os"
	"sync"
	"unsafe"

	ours "gocc/sync/atomic"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	if fmt.Sprint(a) != fmt.Sprint(b) {
		bad++
		fmt.Printf("MISMATCH %s: got %v, want %v\n", what, a, b)
	}
}

func main() {
	var i32 int32 = -5
	check("AddInt32", ours.AddInt32(&i32, -7), int32(-12))
	check("SwapInt32", ours.SwapInt32(&i32, 1<<31-1), int32(-12))
	check("AddInt32 wrap", ours.AddInt32(&i32, 1), int32(-1<<31))
	check("CAS32 fail", ours.CompareAndSwapInt32(&i32, 5, 6), false)
	check("CAS32 ok", ours.CompareAndSwapInt32(&i32, -1<<31, 6), true)
	check("LoadInt32", ours.LoadInt32(&i32), int32(6))
	ours.StoreInt32(&i32, -9)
	check("StoreInt32", i32, int32(-9))
	var u32 uint32
	check("AddUint32", ours.AddUint32(&u32, ^uint32(0)), ^uint32(0))
	check("CASUint32", ours.CompareAndSwapUint32(&u32, ^uint32(0), 3), true)
	var i64 int64 = 1 << 40
	check("AddInt64", ours.AddInt64(&i64, -1<<41), int64(-1<<40))
	check("SwapInt64", ours.SwapInt64(&i64, 7), int64(-1<<40))
	check("CAS64", ours.CompareAndSwapInt64(&i64, 7, 1<<62), true)
	check("LoadInt64", ours.LoadInt64(&i64), int64(1<<62))
	var u64 uint64
	ours.StoreUint64(&u64, 1<<63)
	check("LoadUint64", ours.LoadUint64(&u64), uint64(1<<63))
	check("AddUint64", ours.AddUint64(&u64, 1<<63), uint64(0))
	var up uintptr
	check("AddUintptr", ours.AddUintptr(&up, 3), uintptr(3))
	x, y := 1, 2
	p := unsafe.Pointer(&x)
	check("SwapPointer", ours.SwapPointer(&p, unsafe.Pointer(&y)) == unsafe.Pointer(&x), true)
	check("CASPointer", ours.CompareAndSwapPointer(&p, unsafe.Pointer(&y), nil), true)
	check("LoadPointer", ours.LoadPointer(&p) == nil, true)
	ours.StorePointer(&p, unsafe.Pointer(&x))
	check("StorePointer", p == unsafe.Pointer(&x), true)
	var b ours.Bool
	check("Bool.Swap", b.Swap(true), false)
	check("Bool.Load", b.Load(), true)
	var n ours.Int64
	var c32 ours.Uint32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100000; k++ {
				n.Add(2)
				for {
					old := c32.Load()
					if c32.CompareAndSwap(old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	check("concurrent Add", n.Load(), int64(1600000))
	check("concurrent CAS", c32.Load(), uint32(800000))
	fmt.Printf("sync/atomic: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
