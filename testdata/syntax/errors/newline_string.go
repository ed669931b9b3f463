package p

var s = "abc // ERROR "newline in string"
var t = 1
