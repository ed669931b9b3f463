package main

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q *Sq) Name() string { return "sq" }

type Named interface{ Name() string }

func describe(s Shape) string {
	switch v := s.(type) {
	case *Sq:
		return v.Name()
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	var s Shape = &Sq{3}
	var n Named = s
	var e error
	var any interface{} = 5
	if q, ok := s.(*Sq); ok {
		println(q.Area(), n.Name(), describe(s), e == nil, any == 5)
	}
}
