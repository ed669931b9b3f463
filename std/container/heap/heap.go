// Package heap keeps a sort.Interface ordered as a binary min-heap: the
// element at index 0 is the least, and every element at i is no greater
// than its children at 2i+1 and 2i+2.
package heap

import "sort"

// Interface is a collection that can be ordered and grown at its end.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1
}

// Init arranges h into a heap, sifting down every parent from the last
// one back to the root.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x and restores the heap order.
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the least element: it swaps it to the end,
// restores the order of the rest, and lets h.Pop take it off.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i changed.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves the element at i toward the root while it is less than
// its parent.
func siftUp(h Interface, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.Less(i, parent) {
			break
		}
		h.Swap(parent, i)
		i = parent
	}
}

// siftDown moves the element at i toward the leaves (within the first n)
// while a child is less than it; it reports whether the element moved.
func siftDown(h Interface, i, n int) bool {
	start := i
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // child < 0: int overflow
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
