package main

// Failed type assertion between a non-empty interface and a named type.

type Shape interface{ Area() int }
type Sq int
type Ci int

func (s Sq) Area() int { return int(s * s) }
func (c Ci) Area() int { return int(c * 3) }

func main() {
	var s Shape = Sq(2)
	println(s.Area())
	c := s.(Ci)
	println(c)
}
