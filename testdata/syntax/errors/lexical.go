package p

var a = 0128    // ERROR "invalid digit '8' in octal literal"
var b = 0x1.0   // ERROR "hexadecimal mantissa requires a 'p' exponent"
var c = 1e      // ERROR "exponent has no digits"
var d = 0b12    // ERROR "invalid digit '2' in binary literal"
var e = 1__0    // ERROR "'_' must separate successive digits"
var f = "\q"    // ERROR "unknown escape"
var g = "\400"  // ERROR "octal escape value 256 > 255"
var h = "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
var i = 'ab'    // ERROR "more than one character in rune literal"
