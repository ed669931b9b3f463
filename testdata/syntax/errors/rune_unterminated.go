package p

var r = 'a // ERROR "rune literal not terminated|newline in rune literal"
