package main

import (
	"unicode"
	"unicode/utf8"
)

func main() {
	println(unicode.IsUpper('A'), unicode.IsUpper('a'), unicode.ToUpper('q'), utf8.RuneLen('é'), utf8.RuneError)
	println(unicode.MaxRune, utf8.UTFMax, unicode.IsSpace(' '), unicode.IsDigit('7'), unicode.ToLower('Ä'))
	n := 0
	for _, c := range "héllo, wörld" {
		if unicode.IsLetter(c) {
			n++
		}
	}
	println(n, utf8.RuneCountInString("héllo"), utf8.ValidString("ok"))
}
