// Package atomic: atomic memory operations for synchronisation (Go's
// sync/atomic API without the generic Pointer[T] and without Value). The
// functions are Plan 9 assembly (asm_amd64.s, Go's ABI0: arguments and
// results on the stack); the types Int32, Int64, Uint32, Uint64, Uintptr
// and Bool wrap them. On amd64 every load and store is already ordered as
// the Go memory model asks; XCHG makes stores sequentially consistent.
package atomic

import "unsafe"

// SwapX stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32)

// CompareAndSwapX stores new into *addr if it holds old; it reports whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// AddX adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32)

// LoadX returns *addr.
func LoadInt32(addr *int32) (val int32)

// StoreX stores val into *addr.
func StoreInt32(addr *int32, val int32)

// SwapX stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64)

// CompareAndSwapX stores new into *addr if it holds old; it reports whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// AddX adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64)

// LoadX returns *addr.
func LoadInt64(addr *int64) (val int64)

// StoreX stores val into *addr.
func StoreInt64(addr *int64, val int64)

// SwapX stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// CompareAndSwapX stores new into *addr if it holds old; it reports whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// AddX adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32)

// LoadX returns *addr.
func LoadUint32(addr *uint32) (val uint32)

// StoreX stores val into *addr.
func StoreUint32(addr *uint32, val uint32)

// SwapX stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// CompareAndSwapX stores new into *addr if it holds old; it reports whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// AddX adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// LoadX returns *addr.
func LoadUint64(addr *uint64) (val uint64)

// StoreX stores val into *addr.
func StoreUint64(addr *uint64, val uint64)

// SwapX stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwapX stores new into *addr if it holds old; it reports whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AddX adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadX returns *addr.
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreX stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr)

// SwapPointer, CompareAndSwapPointer, LoadPointer and StorePointer are the
// operations on unsafe.Pointer values.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
