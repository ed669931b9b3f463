package p

import (
	"fmt"
	m "math"
	. "strings"
	_ "unsafe"
)

const (
	A = iota * 2
	B
	C, D int = 1, 2
	E, F
)

var x, y = 1, "s"

type (
	Alias = int
	T     struct {
		a, b int `tag:"x"`
		*fmt.Stringer
		Embedded
	}
)

type I interface {
	M(x int) (int, error)
	fmt.Stringer
}

//go:nosplit
//go:noinline
func f(a, b int, c ...string) (r int)

//go:linkname g runtime.g
func g()

func (t *T) M(int, string) {}

//go:linkname v runtime.v
var v int
