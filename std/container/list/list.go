// Package list is a doubly linked list. A List keeps a sentinel Element
// whose next is the front and whose prev is the back, so that inserting
// and removing never special-case the ends.
package list

// An Element is one entry of a List.
type Element struct {
	next, prev *Element
	list       *List // the list e belongs to; nil once removed
	Value      any
}

// Next returns the element after e, or nil at the back.
func (e *Element) Next() *Element {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

// Prev returns the element before e, or nil at the front.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// A List is a doubly linked list; the zero List is empty and ready to use.
type List struct {
	root Element // sentinel: root.next is the front, root.prev the back
	len  int
}

// Init empties l.
func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

// Len returns the number of elements.
func (l *List) Len() int { return l.len }

// Front and Back return the first and last elements, or nil.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes the zero List usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e after at and returns e.
func (l *List) link(e, at *Element) *Element {
	e.prev, e.next = at, at.next
	e.prev.next, e.next.prev = e, e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of l.
func (l *List) unlink(e *Element) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = at, at.next
	e.prev.next, e.next.prev = e, e
}

// Remove removes e if it belongs to l and returns its Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront and PushBack add v at an end and return its element.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, &l.root)
}

func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore and InsertAfter add v next to mark, which must belong to l
// (otherwise nothing happens and they return nil).
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront and MoveToBack move e, if it belongs to l, to an end.
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore and MoveAfter move e next to mark; both must belong to l and
// differ, or nothing happens.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark.prev)
	}
}

func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark)
	}
}

// PushBackList and PushFrontList add copies of other's values (other may
// be l itself).
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for n, e := other.Len(), other.Front(); n > 0; n, e = n-1, e.Next() {
		l.link(&Element{Value: e.Value}, l.root.prev)
	}
}

func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for n, e := other.Len(), other.Back(); n > 0; n, e = n-1, e.Prev() {
		l.link(&Element{Value: e.Value}, &l.root)
	}
}
