package p

var c <-chan<- int // ERROR "syntax error: unexpected int, expecting chan"
