package main

import "unicode"

func show(name string, f func(rune) bool, s string) {
	print(name, ":")
	for _, r := range s {
		if f(r) {
			print("1")
		} else {
			print("0")
		}
	}
	println()
}

func main() {
	s := "aZ5 _!\t\n\u00a0é\u00dfΩω\u0416ж世\u3000٣Ⅻ½\u0301€\u200b\x7f\u0085ǅ"
	show("letter ", unicode.IsLetter, s)
	show("digit  ", unicode.IsDigit, s)
	show("number ", unicode.IsNumber, s)
	show("space  ", unicode.IsSpace, s)
	show("upper  ", unicode.IsUpper, s)
	show("lower  ", unicode.IsLower, s)
	show("title  ", unicode.IsTitle, s)
	show("punct  ", unicode.IsPunct, s)
	show("print  ", unicode.IsPrint, s)
	show("graphic", unicode.IsGraphic, s)
	show("control", unicode.IsControl, s)
	show("mark   ", unicode.IsMark, s)
	show("symbol ", unicode.IsSymbol, s)
	for _, r := range "aAéÉßẞωΩжЖǅǆǄ1 ıİſkK" {
		print(string(r), " ", string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), " fold:")
		f := unicode.SimpleFold(r)
		for f != r {
			print(" ", f)
			f = unicode.SimpleFold(f)
		}
		println()
	}
	println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	println(unicode.To(unicode.UpperCase, 'q'), unicode.ToUpper(-5), unicode.IsLetter(0x110000))
}
