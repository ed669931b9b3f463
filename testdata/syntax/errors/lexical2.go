package p

var j = "\'"    // ERROR "unknown escape"
var k = '\"'    // ERROR "unknown escape"
var l = "\xZZ"  // ERROR "invalid character 'Z' in hexadecimal escape"
var m = ''      // ERROR "empty rune literal or unescaped '"
var n = 0x      // ERROR "hexadecimal literal has no digits"
var o = 0o8     // ERROR "invalid digit '8' in octal literal"
var q = 1p3     // ERROR "'p' exponent requires hexadecimal mantissa"
var r = 0b1.0   // ERROR "invalid radix point in binary literal"
