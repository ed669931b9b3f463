// The verb table: for each verb letter, which classes of operand it applies
// to and how it prints them. The per-class printers in print.go consult it
// instead of listing verbs each.

package fmt

import "reflect"

// class sorts operands by how they print.
type class uint8

const (
	classOther class = iota // composites, pointers, interfaces, invalid
	classBool
	classInt
	classUint
	classFloat
	classComplex
	classString
	classAddr // chan, func and unsafe.Pointer: printed as addresses
)

var kindClass [32]class

// classOfKind gives the class of a reflect.Kind.
func classOfKind(k reflect.Kind) class {
	if int(k) >= len(kindClass) {
		return classOther
	}
	return kindClass[k]
}

// The operand classes a verb applies to, as bits of verbRule.takes.
const (
	takesBool  = 1 << iota
	takesInt   // integers of any size or sign
	takesFloat // floats and complexes
	takesText  // strings and byte slices
	takesAddr  // pointers, maps, chans, funcs, slices
)

// verbRule is what one verb letter does.
type verbRule struct {
	takes  uint8
	radix  int    // integers: the base; 0 for the character verbs c, q, U
	digits string // integers and text: the digit set (case of x vs X)
	conv   byte   // floats: strconv's format letter
	prec   int    // floats: the precision when none is given (-1: shortest)
}

var verbRules [128]verbRule

var noRule verbRule

// verbRuleOf gives the rule of a verb; unknown verbs take nothing.
func verbRuleOf(verb rune) *verbRule {
	if verb < 0 || int(verb) >= len(verbRules) {
		return &noRule
	}
	return &verbRules[verb]
}

// allow adds takes to each verb in verbs; radix and digits, when given,
// are set for them too.
func allow(verbs string, takes uint8, radix int, digits string) {
	for i := 0; i < len(verbs); i++ {
		r := &verbRules[verbs[i]]
		r.takes |= takes
		if radix != 0 {
			r.radix, r.digits = radix, digits
		}
	}
}

// floatVerbs makes the verbs print floats with strconv's format conv (0:
// the verb letter itself) and the default precision prec.
func floatVerbs(verbs string, conv byte, prec int) {
	for i := 0; i < len(verbs); i++ {
		r := &verbRules[verbs[i]]
		r.takes |= takesFloat
		r.conv, r.prec = conv, prec
		if conv == 0 {
			r.conv = verbs[i]
		}
	}
}

func init() {
	kindClass[reflect.Bool] = classBool
	for _, k := range []reflect.Kind{reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64} {
		kindClass[k] = classInt
	}
	for _, k := range []reflect.Kind{reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr} {
		kindClass[k] = classUint
	}
	kindClass[reflect.Float32], kindClass[reflect.Float64] = classFloat, classFloat
	kindClass[reflect.Complex64], kindClass[reflect.Complex128] = classComplex, classComplex
	kindClass[reflect.String] = classString
	kindClass[reflect.Chan], kindClass[reflect.Func] = classAddr, classAddr
	kindClass[reflect.UnsafePointer] = classAddr

	allow("tv", takesBool, 0, "")
	allow("vd", takesInt, 10, lowerHex)
	allow("b", takesInt, 2, lowerHex)
	allow("oO", takesInt, 8, lowerHex)
	allow("cqU", takesInt, 0, "")
	allow("x", takesInt|takesText, 16, lowerHex)
	allow("X", takesInt|takesText, 16, upperHex)
	allow("vsq", takesText, 0, "")
	allow("vpbodxX", takesAddr, 0, "")
	floatVerbs("bgGxX", 0, -1)
	floatVerbs("feE", 0, 6)
	floatVerbs("v", 'g', -1)
	floatVerbs("F", 'f', 6)
}
