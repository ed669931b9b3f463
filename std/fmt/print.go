// Package fmt formats values as text (Printf and friends) and reads them
// back (Sscan and friends), behaving as Go 1.19's fmt.
//
// gocc's own fmt: this file holds the public printing API and the printer
// that walks values (with reflect for composite and named types); format.go
// turns numbers and strings into padded text; verbs.go parses format strings.
package fmt

import (
	"io"
	"os"
	"reflect"
)

// State is what a Formatter's Format method gets: the output and the options
// of the verb being printed.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values that print themselves for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values that have a natural text form, used by
// %v, %s, %q, %x, %X and by Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that choose their %#v text.
type GoStringer interface {
	GoString() string
}

// printer holds the output of one Print/Printf call and the state of the
// argument being printed.
type printer struct {
	buf  []byte
	f    formatter
	room [64]byte // buf's first backing array

	arg   any           // the argument as an interface, when it is one
	value reflect.Value // the argument as a reflect.Value, when printed that way

	badVerbNow bool // inside badVerb: methods are not called again
	inPanic    bool // printing a panic value of a String method

	wrapErrs   bool  // Errorf: %w is allowed
	wrappedErr error // the %w operand

	reordered  bool // an explicit [n] index was used
	goodArgNum bool // the last [n] was in range
}

func newPrinter() *printer {
	p := &printer{}
	p.buf = p.room[:0]
	p.f.out = &p.buf
	return p
}

// The State methods.

func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (int, error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *printer) Width() (int, bool) { return p.f.width, p.f.fl.hasWidth }

func (p *printer) Precision() (int, bool) { return p.f.prec, p.f.fl.hasPrec }

func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.f.fl.minus
	case '+':
		return p.f.fl.plus || p.f.fl.plusV
	case '#':
		return p.f.fl.sharp || p.f.fl.sharpV
	case ' ':
		return p.f.fl.space
	case '0':
		return p.f.fl.zero
	}
	return false
}

// Public API.

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.printf(format, a)
	return w.Write(p.buf)
}

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.printf(format, a)
	return string(p.buf)
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.print(a)
	return w.Write(p.buf)
}

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Sprint(a ...any) string {
	p := newPrinter()
	p.print(a)
	return string(p.buf)
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.println(a)
	return w.Write(p.buf)
}

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

func Sprintln(a ...any) string {
	p := newPrinter()
	p.println(a)
	return string(p.buf)
}

// Append, Appendf and Appendln are Sprint, Sprintf and Sprintln appending to b.

func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.print(a)
	return append(b, p.buf...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.printf(format, a)
	return append(b, p.buf...)
}

func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.println(a)
	return append(b, p.buf...)
}

// print puts a space between two operands when neither is a string.
func (p *printer) print(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// println puts a space between every two operands and a newline at the end.
func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printArg prints one operand: the common types directly, the others
// through their methods or reflect.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.f.padStr("<nil>")
		} else {
			p.badVerb(verb)
		}
		return
	}
	if verb == 'T' {
		p.f.str(reflect.TypeOf(arg).String())
		return
	}
	if verb == 'p' {
		p.pointer(reflect.ValueOf(arg), 'p')
		return
	}
	switch x := arg.(type) {
	case bool:
		p.boolean(x, verb)
	case int:
		p.integer(uint64(x), true, verb)
	case int8:
		p.integer(uint64(x), true, verb)
	case int16:
		p.integer(uint64(x), true, verb)
	case int32:
		p.integer(uint64(x), true, verb)
	case int64:
		p.integer(uint64(x), true, verb)
	case uint:
		p.integer(uint64(x), false, verb)
	case uint8:
		p.integer(uint64(x), false, verb)
	case uint16:
		p.integer(uint64(x), false, verb)
	case uint32:
		p.integer(uint64(x), false, verb)
	case uint64:
		p.integer(x, false, verb)
	case uintptr:
		p.integer(uint64(x), false, verb)
	case float32:
		p.float(float64(x), 32, verb)
	case float64:
		p.float(x, 64, verb)
	case complex64:
		p.complex(complex128(x), 64, verb)
	case complex128:
		p.complex(x, 128, verb)
	case string:
		p.str(x, verb)
	case []byte:
		p.bytes(x, verb, "[]byte")
	case reflect.Value:
		if x.IsValid() && x.CanInterface() {
			p.arg = x.Interface()
			if p.methods(verb) {
				return
			}
		}
		p.printValue(x, verb, 0)
	default:
		if !p.methods(verb) {
			p.printValue(reflect.ValueOf(x), verb, 0)
		}
	}
}

// methods prints p.arg with its Format, GoString, Error or String method
// when the verb calls for one; it reports whether it did.
func (p *printer) methods(verb rune) bool {
	if p.badVerbNow {
		return false
	}
	if verb == 'w' {
		err, isErr := p.arg.(error)
		if !isErr || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if fm, ok := p.arg.(Formatter); ok {
		p.callFormat(fm, verb)
		return true
	}
	if p.f.fl.sharpV {
		if gs, ok := p.arg.(GoStringer); ok {
			p.callGoString(gs, verb)
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	if e, ok := p.arg.(error); ok {
		p.callError(e, verb)
		return true
	}
	if s, ok := p.arg.(Stringer); ok {
		p.callString(s, verb)
		return true
	}
	return false
}

// The method calls, each in its own function so that a panic in the
// method is recovered there (recoverMethod) and printing goes on.

func (p *printer) callFormat(fm Formatter, verb rune) {
	defer p.recoverMethod(p.arg, verb, "Format")
	fm.Format(p, verb)
}

func (p *printer) callGoString(gs GoStringer, verb rune) {
	defer p.recoverMethod(p.arg, verb, "GoString")
	p.f.str(gs.GoString())
}

func (p *printer) callError(e error, verb rune) {
	defer p.recoverMethod(p.arg, verb, "Error")
	p.str(e.Error(), verb)
}

func (p *printer) callString(s Stringer, verb rune) {
	defer p.recoverMethod(p.arg, verb, "String")
	p.str(s.String(), verb)
}

// recoverMethod, deferred around a method call, turns a panic into
// "%!v(PANIC=String method: msg)", or "<nil>" for a nil pointer receiver.
func (p *printer) recoverMethod(arg any, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.inPanic {
		panic(r)
	}
	saved := p.f.fl
	p.f.fl = flags{}
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.inPanic = true
	p.printArg(r, 'v')
	p.inPanic = false
	p.buf = append(p.buf, ')')
	p.f.fl = saved
}

// badVerb writes %!verb(type=value), or %!verb(<nil>).
func (p *printer) badVerb(verb rune) {
	p.badVerbNow = true
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.badVerbNow = false
}

func (p *printer) boolean(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.f.boolean(v)
	} else {
		p.badVerb(verb)
	}
}

// hex0x prints u in lower-case hex, with 0x in front when prefix is set.
func (p *printer) hex0x(u uint64, prefix bool) {
	sharp := p.f.fl.sharp
	p.f.fl.sharp = prefix
	p.f.integer(u, 16, false, 'v', lowerHex)
	p.f.fl.sharp = sharp
}

func (p *printer) integer(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.f.fl.sharpV && !signed {
			p.hex0x(u, true)
		} else {
			p.f.integer(u, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.f.integer(u, 10, signed, verb, lowerHex)
	case 'b':
		p.f.integer(u, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.f.integer(u, 8, signed, verb, lowerHex)
	case 'x':
		p.f.integer(u, 16, signed, verb, lowerHex)
	case 'X':
		p.f.integer(u, 16, signed, verb, upperHex)
	case 'c':
		p.f.char(u)
	case 'q':
		p.f.quotedChar(u)
	case 'U':
		p.f.unicodePoint(u)
	default:
		p.badVerb(verb)
	}
}

func (p *printer) float(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.f.float(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.f.float(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.f.float(v, size, verb, 6)
	case 'F':
		p.f.float(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// complex prints (re+imi); the imaginary part always has a sign.
func (p *printer) complex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(verb)
		return
	}
	plus := p.f.fl.plus
	p.buf = append(p.buf, '(')
	p.float(real(v), size/2, verb)
	p.f.fl.plus = true
	p.float(imag(v), size/2, verb)
	p.buf = append(p.buf, "i)"...)
	p.f.fl.plus = plus
}

func (p *printer) str(s string, verb rune) {
	switch verb {
	case 'v':
		if p.f.fl.sharpV {
			p.f.quoted(s)
		} else {
			p.f.str(s)
		}
	case 's':
		p.f.str(s)
	case 'x':
		p.f.hexBytes(s, nil, lowerHex)
	case 'X':
		p.f.hexBytes(s, nil, upperHex)
	case 'q':
		p.f.quoted(s)
	default:
		p.badVerb(verb)
	}
}

// bytes prints a []byte (or a byte array or slice reached by reflect, whose
// type is typ): as text for %s/%q/%x/%X, as a list of numbers otherwise.
func (p *printer) bytes(b []byte, verb rune, typ string) {
	switch verb {
	case 'v', 'd':
		if p.f.fl.sharpV {
			p.buf = append(p.buf, typ...)
			if b == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range b {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.hex0x(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.buf = append(p.buf, '[')
		for i, c := range b {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.f.integer(uint64(c), 10, false, verb, lowerHex)
		}
		p.buf = append(p.buf, ']')
	case 's':
		p.f.str(string(b))
	case 'x':
		p.f.hexBytes("", b, lowerHex)
	case 'X':
		p.f.hexBytes("", b, upperHex)
	case 'q':
		p.f.quoted(string(b))
	default:
		p.printValue(reflect.ValueOf(b), verb, 0)
	}
}

// pointer prints a pointer-shaped value (pointer, map, chan, func, slice,
// unsafe.Pointer) as an address for %p and %v, as a number for %b %o %d %x %X.
func (p *printer) pointer(v reflect.Value, verb rune) {
	var u uintptr
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = v.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.f.fl.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, v.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.hex0x(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.f.padStr("<nil>")
		} else {
			p.hex0x(uint64(u), !p.f.fl.sharp)
		}
	case 'p':
		p.hex0x(uint64(u), !p.f.fl.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.integer(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// printValue prints a value reached through reflect; depth > 0 for values
// nested in a composite (they get their methods called here).
func (p *printer) printValue(v reflect.Value, verb rune, depth int) {
	// A type without methods cannot be a Formatter, Stringer, error or
	// GoStringer: skip making an interface of it (a copy) unless %w wants one.
	if depth > 0 && v.IsValid() && v.CanInterface() &&
		(verb == 'w' || v.Kind() == reflect.Interface || v.Type().NumMethod() > 0) {
		p.arg = v.Interface()
		if p.methods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v
	switch v.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.boolean(v.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.integer(uint64(v.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.integer(v.Uint(), false, verb)
	case reflect.Float32:
		p.float(v.Float(), 32, verb)
	case reflect.Float64:
		p.float(v.Float(), 64, verb)
	case reflect.Complex64:
		p.complex(v.Complex(), 64, verb)
	case reflect.Complex128:
		p.complex(v.Complex(), 128, verb)
	case reflect.String:
		p.str(v.String(), verb)
	case reflect.Map:
		p.mapValue(v, verb, depth)
	case reflect.Struct:
		p.structValue(v, verb, depth)
	case reflect.Interface:
		e := v.Elem()
		if e.IsValid() {
			p.printValue(e, verb, depth+1)
		} else if p.f.fl.sharpV {
			p.buf = append(p.buf, v.Type().String()...)
			p.buf = append(p.buf, "(nil)"...)
		} else {
			p.buf = append(p.buf, "<nil>"...)
		}
	case reflect.Array, reflect.Slice:
		p.listValue(v, verb, depth)
	case reflect.Pointer:
		// At the top level a pointer to a composite prints as &{...}.
		if depth == 0 && v.Pointer() != 0 {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.pointer(v, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.pointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, v.Type().String()...)
		p.buf = append(p.buf, '?')
	}
}

// sep writes the separator between elements: ", " for %#v, else " ".
func (p *printer) sep() {
	if p.f.fl.sharpV {
		p.buf = append(p.buf, ", "...)
	} else {
		p.buf = append(p.buf, ' ')
	}
}

func (p *printer) mapValue(v reflect.Value, verb rune, depth int) {
	if p.f.fl.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
		if v.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, vals := sortedMap(v)
	for i := range keys {
		if i > 0 {
			p.sep()
		}
		p.printValue(keys[i], verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(vals[i], verb, depth+1)
	}
	if p.f.fl.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *printer) structValue(v reflect.Value, verb rune, depth int) {
	if p.f.fl.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
	}
	p.buf = append(p.buf, '{')
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if i > 0 {
			p.sep()
		}
		if p.f.fl.plusV || p.f.fl.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Interface && !fv.IsNil() {
			fv = fv.Elem()
		}
		p.printValue(fv, verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) listValue(v reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if t := v.Type(); t.Elem().Kind() == reflect.Uint8 {
			var b []byte
			if v.Kind() == reflect.Slice {
				b = v.Bytes()
			} else {
				b = make([]byte, v.Len())
				for i := range b {
					b[i] = byte(v.Index(i).Uint())
				}
			}
			p.bytes(b, verb, t.String())
			return
		}
	}
	if p.f.fl.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.sep()
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	if p.f.fl.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// appendRune appends the UTF-8 encoding of r.
func appendRune(b []byte, r rune) []byte {
	if r >= 0 && r < 0x80 {
		return append(b, byte(r))
	}
	return append(b, string(r)...)
}
