// Package fmt formats values as text (Printf and friends) and reads them
// back (Sscan and friends), behaving as Go 1.19's fmt.
//
// gocc's own fmt: this file holds the public printing API and the printer
// that walks values (with reflect for composite and named types); format.go
// turns numbers and strings into padded text; verbs.go reads format strings; rules.go is the verb table.
package fmt

import (
	"io"
	"os"
	"reflect"
)

// Stringer is implemented by values that have a natural text form, used by
// %v, %s, %q, %x, %X and by Print.
type Stringer interface{ String() string }

// GoStringer is implemented by values that choose their %#v text.
type GoStringer interface{ GoString() string }

// Formatter is implemented by values that print themselves for every verb.
type Formatter interface {
	Format(st State, verb rune)
}

// State is what a Formatter's Format method gets: the output and the options
// of the verb being printed.
type State interface {
	Flag(flag int) bool
	Width() (width int, set bool)
	Precision() (precision int, set bool)
	Write(text []byte) (int, error)
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
		p.printOperand(arg, 'v')
		prevString = isString
	}
}

// println puts a space between every two operands and a newline at the end.
func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printOperand(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printOperand prints one operand. A few common types are printed at once;
// the rest are looked at through reflect: their methods first, when their
// type has any, then their value.
func (p *printer) printOperand(arg any, verb rune) {
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
	// The commonest types (which have no methods) skip reflect.
	switch x := arg.(type) {
	case string:
		p.str(x, verb)
		return
	case int:
		p.integer(uint64(x), true, verb)
		return
	case []byte:
		p.bytes(x, verb, "[]byte")
		return
	case float64:
		p.float(x, 64, verb)
		return
	case int64:
		p.integer(uint64(x), true, verb)
		return
	case rune:
		p.integer(uint64(x), true, verb)
		return
	case byte:
		p.integer(uint64(x), false, verb)
		return
	case uint64:
		p.integer(x, false, verb)
		return
	case bool:
		p.boolean(x, verb)
		return
	}
	v, ok := arg.(reflect.Value)
	if ok {
		// A reflect.Value operand stands for the value it holds.
		if v.IsValid() && v.CanInterface() {
			p.arg = v.Interface()
			if p.tryMethods(verb) {
				return
			}
		}
	} else {
		v = reflect.ValueOf(arg)
		if p.hasMethodsToTry(v.Type(), verb) && p.tryMethods(verb) {
			return
		}
	}
	p.printReflect(v, verb, 0)
}

// hasMethodsToTry tells whether an operand of type t may print through a
// method. Only %w looks at types without methods: it must complain about
// them as a method would, except for the predeclared scalar types, which
// are printed as plain values.
func (p *printer) hasMethodsToTry(t reflect.Type, verb rune) bool {
	if t.NumMethod() > 0 {
		return true
	}
	if verb != 'w' {
		return false
	}
	c := classOfKind(t.Kind())
	return c == classOther || c == classAddr || t.PkgPath() != ""
}

// wrapOperand makes p.arg the error Errorf wraps. %w takes an error, only
// in Errorf and only once; otherwise it is a bad verb and nothing is wrapped.
func (p *printer) wrapOperand() bool {
	err, isErr := p.arg.(error)
	if isErr && p.wrapErrs && p.wrappedErr == nil {
		p.wrappedErr = err
		return true
	}
	p.wrapErrs, p.wrappedErr = false, nil
	p.badVerb('w')
	return false
}

// tryMethods prints p.arg with its Format, GoString, Error or String method
// when the verb calls for one; it reports whether it did.
func (p *printer) tryMethods(verb rune) bool {
	if p.badVerbNow {
		return false
	}
	if verb == 'w' {
		if !p.wrapOperand() {
			return true // complained
		}
		verb = 'v' // the wrapped error prints as %v would print it
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
	if verbRuleOf(verb).takes&takesText == 0 {
		return false // Error and String serve only the text verbs
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
	p.printOperand(r, 'v')
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
		p.printOperand(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printReflect(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.badVerbNow = false
}

func (p *printer) boolean(v bool, verb rune) {
	if verbRuleOf(verb).takes&takesBool == 0 {
		p.badVerb(verb)
		return
	}
	p.f.boolean(v)
}

// hex0x prints u in lower-case hex, with 0x in front when prefix is set.
func (p *printer) hex0x(u uint64, prefix bool) {
	sharp := p.f.fl.sharp
	p.f.fl.sharp = prefix
	p.f.integer(u, 16, false, 'v', lowerHex)
	p.f.fl.sharp = sharp
}

// integer prints an integer (read as int64 when signed). Unsigned values
// under %#v print as 0x hex, as Go source would write them.
func (p *printer) integer(u uint64, signed bool, verb rune) {
	rule := verbRuleOf(verb)
	switch {
	case rule.takes&takesInt == 0:
		p.badVerb(verb)
	case rule.radix == 0:
		p.charVerb(u, verb)
	case verb == 'v' && p.f.fl.sharpV && !signed:
		p.hex0x(u, true)
	default:
		p.f.integer(u, rule.radix, signed, verb, rule.digits)
	}
}

// charVerb prints an integer as a character: %c, %q or %U.
func (p *printer) charVerb(u uint64, verb rune) {
	if verb == 'c' {
		p.f.char(u)
	} else if verb == 'q' {
		p.f.quotedChar(u)
	} else {
		p.f.unicodePoint(u)
	}
}

func (p *printer) float(v float64, size int, verb rune) {
	rule := verbRuleOf(verb)
	if rule.takes&takesFloat == 0 {
		p.badVerb(verb)
		return
	}
	p.f.float(v, size, rune(rule.conv), rule.prec)
}

// complex prints (re+imi); the imaginary part always has a sign.
func (p *printer) complex(v complex128, size int, verb rune) {
	if verbRuleOf(verb).takes&takesFloat == 0 {
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

// str prints a string: as is (%s, %v), quoted (%q, %#v) or in hex.
func (p *printer) str(s string, verb rune) {
	rule := verbRuleOf(verb)
	switch {
	case rule.takes&takesText == 0:
		p.badVerb(verb)
	case verb == 'q' || verb == 'v' && p.f.fl.sharpV:
		p.f.quoted(s)
	case rule.radix == 16:
		p.f.hexBytes(s, nil, rule.digits)
	default:
		p.f.str(s)
	}
}

// bytes prints a []byte (or a byte array or slice reached by reflect, whose
// type is typ): as a list of numbers for %v and %d, as text for the text
// verbs, and like any other slice for the rest.
func (p *printer) bytes(b []byte, verb rune, typ string) {
	rule := verbRuleOf(verb)
	switch {
	case verb == 'v' || verb == 'd':
		p.byteList(b, verb, typ)
	case rule.takes&takesText == 0:
		p.printReflect(reflect.ValueOf(b), verb, 0)
	case verb == 'q':
		p.f.quoted(string(b))
	case rule.radix == 16:
		p.f.hexBytes("", b, rule.digits)
	default:
		p.f.str(string(b))
	}
}

// byteList prints bytes as [1 2 3], or as []byte{0x1, 0x2, 0x3} for %#v.
func (p *printer) byteList(b []byte, verb rune, typ string) {
	if !p.f.fl.sharpV {
		p.buf = append(p.buf, '[')
		for i, c := range b {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.f.integer(uint64(c), 10, false, verb, lowerHex)
		}
		p.buf = append(p.buf, ']')
		return
	}
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
}

// pointer prints a pointer-shaped value (pointer, map, chan, func, slice,
// unsafe.Pointer) as an address for %p and %v, as a number for the integer
// verbs.
func (p *printer) pointer(v reflect.Value, verb rune) {
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
	default:
		p.badVerb(verb)
		return
	}
	u := uint64(v.Pointer())
	switch {
	case verbRuleOf(verb).takes&takesAddr == 0:
		p.badVerb(verb)
	case verb == 'p':
		p.hex0x(u, !p.f.fl.sharp)
	case verb != 'v':
		p.integer(u, false, verb)
	case p.f.fl.sharpV:
		p.buf = append(p.buf, '(')
		p.buf = append(p.buf, v.Type().String()...)
		p.buf = append(p.buf, ")("...)
		if u == 0 {
			p.buf = append(p.buf, "nil"...)
		} else {
			p.hex0x(u, true)
		}
		p.buf = append(p.buf, ')')
	case u == 0:
		p.f.padStr("<nil>")
	default:
		p.hex0x(u, !p.f.fl.sharp)
	}
}

// printReflect prints a value reached through reflect; depth > 0 for values
// nested in a composite (they get their methods called here).
func (p *printer) printReflect(v reflect.Value, verb rune, depth int) {
	// A type without methods cannot be a Formatter, Stringer, error or
	// GoStringer: skip making an interface of it (a copy) unless %w wants one.
	if depth > 0 && v.IsValid() && v.CanInterface() &&
		(verb == 'w' || v.Kind() == reflect.Interface || v.Type().NumMethod() > 0) {
		p.arg = v.Interface()
		if p.tryMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v
	if c := classOfKind(v.Kind()); c != classOther {
		p.scalarValue(v, c, verb)
		return
	}
	p.compositeValue(v, verb, depth)
}

// scalarValue prints a value of one of the scalar classes.
func (p *printer) scalarValue(v reflect.Value, c class, verb rune) {
	switch c {
	case classBool:
		p.boolean(v.Bool(), verb)
	case classInt:
		p.integer(uint64(v.Int()), true, verb)
	case classUint:
		p.integer(v.Uint(), false, verb)
	case classFloat:
		p.float(v.Float(), 8*int(v.Type().Size()), verb)
	case classComplex:
		p.complex(v.Complex(), 8*int(v.Type().Size()), verb)
	case classString:
		p.str(v.String(), verb)
	default:
		p.pointer(v, verb)
	}
}

// compositeValue prints the values of the other kinds: composites,
// interfaces, pointers and the invalid Value.
func (p *printer) compositeValue(v reflect.Value, verb rune, depth int) {
	switch v.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Map:
		p.mapValue(v, verb, depth)
	case reflect.Struct:
		p.structValue(v, verb, depth)
	case reflect.Interface:
		p.interfaceValue(v, verb, depth)
	case reflect.Array, reflect.Slice:
		p.listValue(v, verb, depth)
	case reflect.Pointer:
		// At the top level a pointer to a composite prints as &{...}.
		if depth == 0 && v.Pointer() != 0 {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printReflect(e, verb, depth+1)
				return
			}
		}
		p.pointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, v.Type().String()...)
		p.buf = append(p.buf, '?')
	}
}

func (p *printer) interfaceValue(v reflect.Value, verb rune, depth int) {
	if e := v.Elem(); e.IsValid() {
		p.printReflect(e, verb, depth+1)
	} else if p.f.fl.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
		p.buf = append(p.buf, "(nil)"...)
	} else {
		p.buf = append(p.buf, "<nil>"...)
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
		p.printReflect(keys[i], verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printReflect(vals[i], verb, depth+1)
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
		p.printReflect(fv, verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) listValue(v reflect.Value, verb rune, depth int) {
	// Byte lists print as text under the text verbs other than %v.
	if verb != 'v' && verbRuleOf(verb).takes&takesText != 0 {
		if t := v.Type(); t.Elem().Kind() == reflect.Uint8 {
			p.bytes(byteContents(v), verb, t.String())
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
		p.printReflect(v.Index(i), verb, depth+1)
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

// byteContents gives the bytes of a byte slice or array.
func byteContents(v reflect.Value) []byte {
	if v.Kind() == reflect.Slice {
		return v.Bytes()
	}
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(v.Index(i).Uint())
	}
	return b
}
