// Package sort sorts slices and user-defined collections, and searches
// sorted ones.
//
// gocc's version of Go's sort package. Sort is an introsort (quicksort,
// heapsort when recursion gets too deep, insertion sort for short runs);
// Stable is insertion-sorted blocks merged in place. Neither allocates.
// Sort is not stable, and the order it leaves equal elements in is not
// the same as Go's.
package sort

// Interface is what Sort needs from a collection: its length, an order on
// its elements (by index) and a way to swap two of them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as given by data.Less.
func Sort(data Interface) {
	n := data.Len()
	depth := 0
	for m := n; m > 0; m >>= 1 {
		depth += 2
	}
	quickSort(data, 0, n, depth)
}

// insertionSort sorts data[lo:hi]; it is stable.
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of the heap data[base:base+n]
// below node i (node numbers are relative to base).
func siftDown(data Interface, base, i, n int) {
	for {
		child := 2*i + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+i, base+child) {
			return
		}
		data.Swap(base+i, base+child)
		i = child
	}
}

// heapSort sorts data[lo:hi].
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(data, lo, i, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, lo, 0, end)
	}
}

// order3 leaves the median of data[a], data[b], data[c] at b.
func order3(data Interface, a, b, c int) {
	if data.Less(b, a) {
		data.Swap(a, b)
	}
	if data.Less(c, b) {
		data.Swap(b, c)
		if data.Less(b, a) {
			data.Swap(a, b)
		}
	}
}

// partition splits data[lo:hi] around a median-of-three pivot and returns
// the pivot's final index p: data[lo:p] <= pivot <= data[p+1:hi]. Elements
// equal to the pivot stop both scans, so runs of equal keys split evenly.
func partition(data Interface, lo, hi int) int {
	m := lo + (hi-lo)/2
	if hi-lo > 40 { // ninther: median of three medians
		s := (hi - lo) / 8
		order3(data, lo, lo+s, lo+2*s)
		order3(data, m-s, m, m+s)
		order3(data, hi-1-2*s, hi-1-s, hi-1)
		order3(data, lo+s, m, hi-1-s)
	} else {
		order3(data, lo, m, hi-1)
	}
	data.Swap(lo, m)
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func quickSort(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		// Recurse into the smaller side, loop on the larger: O(log n) stack.
		if p-lo < hi-p-1 {
			quickSort(data, lo, p, depth)
			lo = p + 1
		} else {
			quickSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// Stable sorts data in ascending order, keeping equal elements in their
// original order. It makes O(n log n) calls to Less and O(n log² n) to Swap.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSort(data, lo, hi)
	}
	for width := block; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			merge(data, lo, lo+width, hi)
		}
	}
}

// merge merges the sorted runs data[lo:mid] and data[mid:hi] in place,
// stably: split the longer run in half, find where its middle element goes
// in the other run, rotate the two middle pieces past each other, recurse.
func merge(data Interface, lo, mid, hi int) {
	if lo >= mid || mid >= hi {
		return
	}
	if hi-lo == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var cut1, cut2 int
	if mid-lo >= hi-mid {
		cut1 = lo + (mid-lo)/2
		// first element of the right run not less than data[cut1]
		a, b := mid, hi
		for a < b {
			h := int(uint(a+b) >> 1)
			if data.Less(h, cut1) {
				a = h + 1
			} else {
				b = h
			}
		}
		cut2 = a
	} else {
		cut2 = mid + (hi-mid)/2
		// first element of the left run greater than data[cut2]
		a, b := lo, mid
		for a < b {
			h := int(uint(a+b) >> 1)
			if !data.Less(cut2, h) {
				a = h + 1
			} else {
				b = h
			}
		}
		cut1 = a
	}
	rotate(data, cut1, mid, cut2)
	newMid := cut1 + (cut2 - mid)
	merge(data, lo, cut1, newMid)
	merge(data, newMid, cut2, hi)
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m].
func rotate(data Interface, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface { return reversed{data} }
