// Calls into package sync/atomic, whose operations are ABI0 assembly with
// mixed-size arguments (int32 after a pointer, a bool result at offset 17).
package main

import "sync/atomic"

func main() {
	var a int32 = 5
	var b int64 = 1 << 40
	var u uint32
	println(atomic.AddInt32(&a, 3), a)
	println(atomic.CompareAndSwapInt32(&a, 8, -1), a)
	println(atomic.CompareAndSwapInt32(&a, 8, 7), a)
	println(atomic.SwapInt64(&b, 9), atomic.LoadInt64(&b))
	atomic.StoreUint32(&u, 0xffffffff)
	println(atomic.AddUint32(&u, 2), atomic.LoadUint32(&u))
	var n atomic.Int32
	for i := 0; i < 100; i++ {
		n.Add(int32(i))
	}
	println(n.Load())
}
