// Package sort sorts slices and user-defined collections, and searches
// sorted ones.
//
// gocc's version of Go's sort package. Sort is a pattern-defeating
// quicksort making the same comparisons and swaps as Go 1.19's, so it
// leaves equal elements in the same order as Go; Stable is insertion-sorted
// blocks merged in place. Neither allocates.
package sort

// Interface is what Sort needs from a collection: its length, an order on
// its elements (by index) and a way to swap two of them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as given by data.Less. It is not
// stable; it performs the same comparisons and swaps as Go 1.19's sort.Sort
// (pattern-defeating quicksort), so even equal elements end up where Go
// leaves them.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdq(data, 0, n, bitLen(uint(n)))
}

// bitLen is the number of bits needed to write x.
func bitLen(x uint) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
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
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, lo, i, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, lo, 0, end)
	}
}

// Shape of a range as the pivot choice saw it.
const (
	shapeUnknown = iota
	shapeAscending
	shapeDescending
)

// pdq sorts data[lo:hi] by pattern-defeating quicksort: quicksort with a
// median-of-three (or ninther) pivot; short ranges by insertion sort;
// heapsort once `budget` unbalanced partitions have happened; a few swaps
// to break up patterns after an unbalanced partition; an optimistic
// insertion sort on ranges that look sorted; and a partition that skips
// a run of elements equal to the previous pivot.
func pdq(data Interface, lo, hi, budget int) {
	balanced, partitioned := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertionSort(data, lo, hi)
			return
		}
		if budget == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			budget--
		}
		p, shape := pickPivot(data, lo, hi)
		if shape == shapeDescending {
			reverse(data, lo, hi)
			p = hi - 1 - (p - lo)
			shape = shapeAscending
		}
		if balanced && partitioned && shape == shapeAscending && nearlySorted(data, lo, hi) {
			return
		}
		// Everything here is >= the element just before the range (the
		// previous pivot); if the pivot equals it, put all the equal ones
		// first and continue after them.
		if lo > 0 && !data.Less(lo-1, p) {
			lo = partitionEqual(data, lo, hi, p)
			continue
		}
		mid, already := partitionAround(data, lo, hi, p)
		partitioned = already
		left, right := mid-lo, hi-mid
		if left < right {
			balanced = left >= n/8
			pdq(data, lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = right >= n/8
			pdq(data, mid+1, hi, budget)
			hi = mid
		}
	}
}

// partitionAround moves the pivot data[p] to its final place m with
// data[lo:m] < pivot <= data[m+1:hi] and returns m, and whether no swap
// was needed.
func partitionAround(data Interface, lo, hi, p int) (int, bool) {
	data.Swap(lo, p) // the pivot waits at lo
	i, j := lo+1, hi-1
	first := true
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && !data.Less(j, lo) {
			j--
		}
		if i > j {
			data.Swap(j, lo)
			return j, first
		}
		data.Swap(i, j)
		i++
		j--
		first = false
	}
}

// partitionEqual moves the elements equal to the pivot data[p] (none is
// smaller) to the front and returns where the greater ones begin.
func partitionEqual(data Interface, lo, hi, p int) int {
	data.Swap(lo, p)
	i, j := lo+1, hi-1
	for {
		for i <= j && !data.Less(lo, i) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// nearlySorted tries to finish sorting data[lo:hi] by fixing at most five
// out-of-order neighbours (only on ranges of 50 or more); it reports
// whether the range is sorted now.
func nearlySorted(data Interface, lo, hi int) bool {
	i := lo + 1
	for step := 0; step < 5; step++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		data.Swap(i, i-1)
		// sink the smaller one left, float the larger one right
		if i-lo >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if hi-i >= 2 {
			for k := i + 1; k < hi && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// scramble swaps three elements around the middle of data[lo:hi] with
// pseudo-random others (an xorshift generator seeded with the length), to
// break patterns that made the last partition unbalanced.
func scramble(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	seed := uint64(n)
	mask := uint(1)<<uint(bitLen(uint(n))) - 1
	mid := lo + (n/4)*2
	for k := mid - 1; k <= mid+1; k++ {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		other := int(uint(seed) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(k, lo+other)
	}
}

// pickPivot chooses a pivot index for data[lo:hi] — the median of the
// elements at 1/4, 2/4, 3/4 (each first replaced by the median of itself
// and its neighbours when the range has 50 elements or more) — and
// reports the shape it saw: no swap needed means ascending, every
// comparison swapped means descending.
func pickPivot(data Interface, lo, hi int) (int, int) {
	n := hi - lo
	swaps := 0
	a, b, c := lo+n/4, lo+n/4*2, lo+n/4*3
	if n >= 8 {
		if n >= 50 {
			a = median3(data, a-1, a, a+1, &swaps)
			b = median3(data, b-1, b, b+1, &swaps)
			c = median3(data, c-1, c, c+1, &swaps)
		}
		b = median3(data, a, b, c, &swaps)
	}
	switch swaps {
	case 0:
		return b, shapeAscending
	case 12:
		return b, shapeDescending
	}
	return b, shapeUnknown
}

// median3 returns the index of the median of data[a], data[b], data[c]
// without moving anything, counting the out-of-order pairs it met.
func median3(data Interface, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b, c = c, b
	}
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	return b
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
