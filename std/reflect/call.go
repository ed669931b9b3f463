// Calls through reflection: Value.Call/CallSlice, MakeFunc and method
// values. A call is described by a callFrame (the argument registers and the
// stack area, laid out by gocc's ABIInternal as compiler/ssa_abi.c does)
// and made by callframe (asm_amd64.s). Func values made here (MakeFunc,
// Value.Method) are stubClosures whose code, funcStub, turns the incoming
// registers and stack arguments back into a callFrame (stubPrep), makes
// the real call, and puts the results where the caller expects them
// (stubPost).

package reflect

import (
	"sync"
	"unsafe"
)

// callFrame is read by asm_amd64.s at fixed offsets (checked in init).
type callFrame struct {
	fn      unsafe.Pointer    // the funcval called (DX)
	ints    [9]unsafe.Pointer // AX BX CX DI SI R8 R9 R10 R11
	floats  [15]uint64        // X0-X14 (a float32 in the low 4 bytes)
	stack   unsafe.Pointer    // stack arguments, stack results, spill area
	stksize uintptr
}

// asm_amd64.s
func callframe(cf *callFrame)
func callframeBig(cf *callFrame)
func funcStub() // the code of stubClosures: never called as a Go function
func funcStubPC() uintptr

func init() {
	var cf callFrame
	if unsafe.Offsetof(cf.ints) != 8 || unsafe.Offsetof(cf.floats) != 80 ||
		unsafe.Offsetof(cf.stack) != 200 || unsafe.Offsetof(cf.stksize) != 208 {
		panic("reflect: callFrame layout does not match asm_amd64.s")
	}
}

const (
	maxStack = 65536 // callframeBig's area
	nIntRegs = 9
	nFltRegs = 15
)

// A leaf is one register word of a value: its offset and width in memory.
type leaf struct {
	off    uintptr
	width  uintptr
	flt    bool
	signed bool
}

// argLoc is where one argument or result travels.
type argLoc struct {
	t      *rtype
	stack  bool
	off    uintptr // stack: offset in the area
	leaves []leaf  // registers: the words, each in regs[k] of its class
	regs   []int
}

type abiLayout struct {
	in, out []argLoc
	area    uintptr
}

// leavesOf appends t's register words (ssa_mem.c's leaves); false if t
// cannot travel in registers.
func leavesOf(t *rtype, off uintptr, ls []leaf) ([]leaf, bool) {
	w := func(width uintptr, flt, signed bool) {
		ls = append(ls, leaf{off, width, flt, signed})
	}
	switch t.Kind() {
	case Bool, Uint8:
		w(1, false, false)
	case Int8:
		w(1, false, true)
	case Int16:
		w(2, false, true)
	case Uint16:
		w(2, false, false)
	case Int32:
		w(4, false, true)
	case Uint32:
		w(4, false, false)
	case Int, Int64, Uint, Uint64, Uintptr, Pointer, UnsafePointer, Map, Chan, Func:
		w(8, false, false)
	case Float32:
		w(4, true, false)
	case Float64:
		w(8, true, false)
	case Complex64:
		w(4, true, false)
		ls = append(ls, leaf{off + 4, 4, true, false})
	case Complex128:
		w(8, true, false)
		ls = append(ls, leaf{off + 8, 8, true, false})
	case String, Interface:
		w(8, false, false)
		ls = append(ls, leaf{off + 8, 8, false, false})
	case Slice:
		w(8, false, false)
		ls = append(ls, leaf{off + 8, 8, false, false}, leaf{off + 16, 8, false, false})
	case Array:
		at := (*arrayType)(unsafe.Pointer(t))
		if at.len == 0 {
			return ls, true
		}
		if at.len > 1 {
			return ls, false
		}
		return leavesOf(at.elem, off, ls)
	case Struct:
		for _, f := range (*structType)(unsafe.Pointer(t)).fields {
			var ok bool
			if ls, ok = leavesOf(f.typ, off+f.offsetAnon>>1, ls); !ok {
				return ls, false
			}
		}
	default:
		return ls, false
	}
	return ls, len(ls) <= nIntRegs
}

func alignUp(x, a uintptr) uintptr {
	if a <= 1 {
		return x
	}
	return (x + a - 1) / a * a
}

type assigner struct {
	nint, nflt, nregs int
	stk               uintptr
}

func (s *assigner) assign(t *rtype) argLoc {
	a := argLoc{t: t}
	if ls, ok := leavesOf(t, 0, nil); ok {
		ni, nf := 0, 0
		for _, l := range ls {
			if l.flt {
				nf++
			} else {
				ni++
			}
		}
		if s.nint+ni <= nIntRegs && s.nflt+nf <= nFltRegs {
			a.leaves = ls
			for _, l := range ls {
				if l.flt {
					a.regs = append(a.regs, s.nflt)
					s.nflt++
				} else {
					a.regs = append(a.regs, s.nint)
					s.nint++
				}
			}
			s.nregs += len(ls)
			return a
		}
	}
	a.stack = true
	s.stk = alignUp(s.stk, uintptr(t.align))
	a.off = s.stk
	s.stk += t.size
	return a
}

// layoutOf lays out a call of a function with these parameters and results.
func layoutOf(in, out []*rtype) *abiLayout {
	l := &abiLayout{}
	var s assigner
	for _, t := range in {
		l.in = append(l.in, s.assign(t))
	}
	nregargs := s.nregs
	s.stk = alignUp(s.stk, 8)
	s.nint, s.nflt = 0, 0
	for _, t := range out {
		l.out = append(l.out, s.assign(t))
	}
	l.area = alignUp(s.stk, 8) + 8*uintptr(nregargs)
	return l
}

func (cf *callFrame) intReg(i int) *uintptr {
	return (*uintptr)(unsafe.Pointer(&cf.ints[i]))
}

// put moves the value at src to where a says (registers of cf, or the stack area).
func (a *argLoc) put(src unsafe.Pointer, cf *callFrame, stack unsafe.Pointer) {
	if a.stack {
		copyMem(add(stack, a.off), src, a.t.size)
		return
	}
	for k, l := range a.leaves {
		p := add(src, l.off)
		if l.flt {
			if l.width == 4 {
				cf.floats[a.regs[k]] = uint64(*(*uint32)(p))
			} else {
				cf.floats[a.regs[k]] = *(*uint64)(p)
			}
			continue
		}
		var x uintptr
		switch {
		case l.width == 8:
			x = *(*uintptr)(p)
		case l.width == 4 && l.signed:
			x = uintptr(int64(*(*int32)(p)))
		case l.width == 4:
			x = uintptr(*(*uint32)(p))
		case l.width == 2 && l.signed:
			x = uintptr(int64(*(*int16)(p)))
		case l.width == 2:
			x = uintptr(*(*uint16)(p))
		case l.signed:
			x = uintptr(int64(*(*int8)(p)))
		default:
			x = uintptr(*(*uint8)(p))
		}
		if l.width == 8 {
			cf.ints[a.regs[k]] = *(*unsafe.Pointer)(p) // keep pointers typed as pointers
		} else {
			*cf.intReg(a.regs[k]) = x
		}
	}
}

// get moves the value a describes into dst.
func (a *argLoc) get(dst unsafe.Pointer, cf *callFrame, stack unsafe.Pointer) {
	if a.stack {
		copyMem(dst, add(stack, a.off), a.t.size)
		return
	}
	for k, l := range a.leaves {
		p := add(dst, l.off)
		var x uint64
		if l.flt {
			x = cf.floats[a.regs[k]]
		} else {
			x = uint64(*cf.intReg(a.regs[k]))
		}
		switch l.width {
		case 8:
			if l.flt {
				*(*uint64)(p) = x
			} else {
				*(*unsafe.Pointer)(p) = cf.ints[a.regs[k]]
			}
		case 4:
			*(*uint32)(p) = uint32(x)
		case 2:
			*(*uint16)(p) = uint16(x)
		default:
			*(*uint8)(p) = uint8(x)
		}
	}
}

// stackArea allocates a call's stack area (pointer-typed: it may hold pointers).
func stackArea(n uintptr) unsafe.Pointer {
	if n == 0 {
		return nil
	}
	s := make([]unsafe.Pointer, n/8)
	return unsafe.Pointer(&s[0])
}

func doCall(cf *callFrame) {
	switch {
	case cf.stksize > maxStack:
		panic("reflect: call with more than 65536 bytes of stack arguments and results is not supported")
	case cf.stksize > 4096:
		callframeBig(cf)
	default:
		callframe(cf)
	}
}

// Call calls the function v with the arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v, in's last element being the variadic slice.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + op + " using value obtained using unexported field")
	}
	ft := v.typ.funcType(op)
	fn := v.word()
	if fn == nil {
		panic("reflect.Value.Call: call of nil function")
	}
	targs := ft.in()
	n := len(targs)
	variadic := ft.outCount&0x8000 != 0
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	args := make([]unsafe.Pointer, len(targs))
	for i := 0; i < n; i++ {
		p, ok := in[i].assignTo(targs[i])
		if !ok {
			panic("reflect: " + op + " using " + in[i].typ.String() + " as type " + targs[i].String())
		}
		args[i] = p
	}
	if op == "Call" && variadic {
		st := targs[n]
		et := st.elem()
		m := len(in) - n
		var s sliceHeader
		if m > 0 {
			s.data = newArray(et, m)
			s.len, s.cap = m, m
		}
		for i := 0; i < m; i++ {
			p, ok := in[n+i].assignTo(et)
			if !ok {
				panic("reflect: cannot use " + in[n+i].typ.String() + " as type " + et.String() + " in " + op)
			}
			copyMem(add(s.data, uintptr(i)*et.size), p, et.size)
		}
		args[n] = unsafe.Pointer(&s)
	}
	l := layoutOf(targs, ft.out())
	cf := new(callFrame)
	cf.fn = fn
	cf.stack, cf.stksize = stackArea(l.area), l.area
	for i := range l.in {
		l.in[i].put(args[i], cf, cf.stack)
	}
	doCall(cf)
	out := make([]Value, len(l.out))
	for i := range l.out {
		t := l.out[i].t
		p := unsafe_New(t)
		l.out[i].get(p, cf, cf.stack)
		out[i] = Value{t, p, 0}
	}
	return out
}

// newArray allocates n elements of et (scanned as pointers when et has any).
func newArray(et *rtype, n int) unsafe.Pointer {
	size := et.size * uintptr(n)
	if size == 0 {
		return unsafe_New(et)
	}
	if et.ptrdata == 0 {
		return unsafe.Pointer(&make([]byte, size)[0])
	}
	return unsafe.Pointer(&make([]unsafe.Pointer, (size+7)/8)[0])
}

// assignTo returns the address of v's value as a value of type t (converted
// to an interface when t is one), or false if v is not assignable to t.
func (v Value) assignTo(t *rtype) (unsafe.Pointer, bool) {
	if v.typ == t {
		return v.ptr, true
	}
	if t.Kind() == Interface {
		dt, word := v.typ, unsafe.Pointer(nil)
		if v.kind() == Interface {
			dt, word = v.ifaceParts()
		} else {
			e := v.Interface()
			word = (*emptyInterface)(unsafe.Pointer(&e)).word
		}
		p := new([2]unsafe.Pointer)
		if dt == nil {
			return unsafe.Pointer(p), true // a nil interface
		}
		if len(t.interfaceMethods()) == 0 {
			p[0] = unsafe.Pointer(dt)
		} else {
			tab := getItab(t, dt)
			if tab == nil {
				return nil, false
			}
			p[0] = tab
		}
		p[1] = word
		return unsafe.Pointer(p), true
	}
	if v.typ.String() == t.String() && !v.typ.named() && !t.named() && v.typ.size == t.size {
		return v.ptr, true // two descriptors of one unnamed type
	}
	return nil, false
}

// itabs made here: {inter, _type, hash, pad, fun[n]} (docs/abi.md §9).
var (
	itabMu    sync.Mutex
	itabCache map[[2]*rtype]unsafe.Pointer
)

// getItab returns an itab for dynamic type t in interface type inter, nil
// if t lacks a method.
func getItab(inter, t *rtype) unsafe.Pointer {
	key := [2]*rtype{inter, t}
	itabMu.Lock()
	defer itabMu.Unlock()
	if p, ok := itabCache[key]; ok {
		return p
	}
	ims := inter.interfaceMethods()
	tab := make([]unsafe.Pointer, 3+len(ims))
	tab[0] = unsafe.Pointer(inter)
	tab[1] = unsafe.Pointer(t)
	*(*uint32)(unsafe.Pointer(&tab[2])) = t.hash
	ms := t.methods()
	for i := range ims {
		name := nameOf(ims[i].name)
		found := false
		for j := range ms {
			if nameOf(ms[j].name) == name && sameType(ms[j].mtyp, ims[i].typ) {
				if ms[j].ifn == nil {
					return nil
				}
				tab[3+i] = ms[j].ifn
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	if itabCache == nil {
		itabCache = map[[2]*rtype]unsafe.Pointer{}
	}
	itabCache[key] = unsafe.Pointer(&tab[0])
	return unsafe.Pointer(&tab[0])
}

func sameType(a, b *rtype) bool {
	return a == b || a != nil && b != nil && a.String() == b.String()
}

// Implements reports whether type t implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	it := u.common()
	if it.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	if t.Kind() == Interface {
		for _, im := range it.interfaceMethods() {
			found := false
			for _, tm := range t.interfaceMethods() {
				if nameOf(tm.name) == nameOf(im.name) && sameType(tm.typ, im.typ) {
					found = true
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return len(it.interfaceMethods()) == 0 || getItab(it, t) != nil
}

// AssignableTo reports whether a value of type t is assignable to type u
// (identical types, or u an interface t implements).
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	ut := u.common()
	if ut == t || !t.named() && !ut.named() && t.String() == ut.String() {
		return true
	}
	return ut.Kind() == Interface && t.Implements(ut)
}

// Func values made by reflect.

type stubClosure struct {
	code uintptr                 // funcStub
	ftyp *rtype                  // the func type its callers see
	fn   func([]Value) []Value   // MakeFunc's function
	mfn  unsafe.Pointer          // a method value's code (data word as receiver)
	rcvr unsafe.Pointer          // and that data word
	msg  string                  // a func that cannot be called: why
}

func stubValue(c *stubClosure, fl flag) Value {
	c.code = funcStubPC()
	v := funcValue(c.ftyp, unsafe.Pointer(c))
	v.flag = fl
	return v
}

// MakeFunc returns a func value of type typ that calls fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return stubValue(&stubClosure{ftyp: typ.common(), fn: fn}, 0)
}

func methodValue(mtyp *rtype, code, word unsafe.Pointer, fl flag) Value {
	return stubValue(&stubClosure{ftyp: mtyp, mfn: code, rcvr: word}, fl)
}

// unsupportedFunc is a func value of type ft that panics when called.
func unsupportedFunc(ft *rtype, what string) Value {
	return stubValue(&stubClosure{ftyp: ft, msg: what}, 0)
}

var unsafePointerType = TypeOf(unsafe.Pointer(nil)).(*rtype)

// methodLayout lays out the call of a method value's code: the data word,
// then ft's parameters.
func methodLayout(ft *funcType) *abiLayout {
	in := append([]*rtype{unsafePointerType}, ft.in()...)
	return layoutOf(in, ft.out())
}

// stubPrep (called by funcStub) reads the incoming arguments, from the
// registers saved in regs and the caller's stack area argframe, and returns
// the call to make.
func stubPrep(c *stubClosure, regs *callFrame, argframe unsafe.Pointer) *callFrame {
	if c.msg != "" {
		panic("reflect: calling " + c.msg + " is not supported")
	}
	ft := (*funcType)(unsafe.Pointer(c.ftyp))
	l := layoutOf(ft.in(), ft.out())
	cf := new(callFrame)
	if c.fn != nil {
		args := make([]Value, len(l.in))
		for i := range l.in {
			t := l.in[i].t
			p := unsafe_New(t)
			l.in[i].get(p, regs, argframe)
			args[i] = Value{t, p, 0}
		}
		cf.fn = *(*unsafe.Pointer)(unsafe.Pointer(&c.fn))
		h := (*sliceHeader)(unsafe.Pointer(&args))
		cf.ints[0] = h.data
		*cf.intReg(1) = uintptr(h.len)
		*cf.intReg(2) = uintptr(h.cap)
		cf.stack, cf.stksize = stackArea(24), 24 // the callee's spill area
		return cf
	}
	ml := methodLayout(ft)
	fv := new(unsafe.Pointer)
	*fv = c.mfn
	cf.fn = unsafe.Pointer(fv)
	cf.stack, cf.stksize = stackArea(ml.area), ml.area
	ml.in[0].put(unsafe.Pointer(&c.rcvr), cf, cf.stack)
	for i := range l.in {
		p := unsafe_New(l.in[i].t)
		l.in[i].get(p, regs, argframe)
		ml.in[i+1].put(p, cf, cf.stack)
	}
	return cf
}

// stubPost (called by funcStub after the call) puts the results where
// the caller expects them.
func stubPost(c *stubClosure, cf *callFrame, regs *callFrame, argframe unsafe.Pointer) {
	ft := (*funcType)(unsafe.Pointer(c.ftyp))
	l := layoutOf(ft.in(), ft.out())
	if c.fn != nil {
		var out []Value
		h := (*sliceHeader)(unsafe.Pointer(&out))
		h.data = cf.ints[0]
		h.len = int(*cf.intReg(1))
		h.cap = int(*cf.intReg(2))
		if len(out) != len(l.out) {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		for i := range l.out {
			v := out[i]
			if v.typ == nil {
				panic("reflect: function created by MakeFunc returned zero Value")
			}
			if v.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc returned value obtained from unexported field")
			}
			p, ok := v.assignTo(l.out[i].t)
			if !ok {
				panic("reflect.MakeFunc: value of type " + v.typ.String() + " is not assignable to type " + l.out[i].t.String())
			}
			l.out[i].put(p, regs, argframe)
		}
		return
	}
	ml := methodLayout(ft)
	for i := range l.out {
		p := unsafe_New(l.out[i].t)
		ml.out[i].get(p, cf, cf.stack)
		l.out[i].put(p, regs, argframe)
	}
}
