package main

// Generic types: a stack, a linked list with methods, a pair, a map-backed
// set, instantiated with several element types.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewPair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	var si Stack[int]
	for i := 0; i < 5; i++ {
		si.Push(i * i)
	}
	v, ok := si.Pop()
	println(v, ok, si.Len())
	var ss Stack[string]
	_, ok = ss.Pop()
	println("empty pop ok:", ok)
	ss.Push("a")
	s, _ := ss.Pop()
	println(s)
	var l List[string]
	l.Prepend("c")
	l.Prepend("b")
	l.Prepend("a")
	l.Each(func(s string) { print(s, " ") })
	println(l.size)
	p := NewPair("k", 3.5)
	println(p.Key, p.Val)
	q := Pair[int, []int]{1, []int{2, 3}}
	println(q.Key, len(q.Val))
	set := Set[int]{}
	set.Add(3)
	set.Add(3)
	set.Add(4)
	println(len(set), set.Has(3), set.Has(5))
	println(p == Pair[string, float64]{"k", 3.5})
}
