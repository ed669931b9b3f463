package p

const a, b // ERROR "missing init expr for a"

const (
	c int // ERROR "missing init expr for c"
)
