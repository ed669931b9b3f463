package main

type Item struct {
	Key   string
	Score int
}

type Heap struct{ items []Item }

func (h *Heap) Push(it Item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].Score <= h.items[i].Score {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *Heap) Pop() Item {
	top := h.items[0]
	n := len(h.items) - 1
	h.items[0] = h.items[n]
	h.items = h.items[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.items[l].Score < h.items[m].Score {
			m = l
		}
		if r < n && h.items[r].Score < h.items[m].Score {
			m = r
		}
		if m == i {
			break
		}
		h.items[m], h.items[i] = h.items[i], h.items[m]
		i = m
	}
	return top
}

type Matrix [4][4]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func quicksort(s []int) {
	if len(s) < 2 {
		return
	}
	p := s[len(s)/2]
	i, j := 0, len(s)-1
	for i <= j {
		for s[i] < p {
			i++
		}
		for s[j] > p {
			j--
		}
		if i <= j {
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
	}
	quicksort(s[:j+1])
	quicksort(s[i:])
}

func main() {
	h := &Heap{}
	words := []string{"pear", "apple", "fig", "kiwi", "banana", "cherry", "date"}
	for i, w := range words {
		h.Push(Item{w, (i * 37) % 11})
	}
	for len(h.items) > 0 {
		it := h.Pop()
		print(it.Key, ":", it.Score, " ")
	}
	println()
	var m Matrix
	for i := range m {
		m[i][i] = 2
		m[i][(i+1)%4] = 1
	}
	r := mul(m, mul(m, m))
	println(r[0][0], r[0][1], r[1][2], r[3][0])
	s := make([]int, 0, 10)
	x := 12345
	for i := 0; i < 50; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		s = append(s, x%1000)
	}
	quicksort(s)
	ok := true
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			ok = false
		}
	}
	println(ok, s[0], s[49], len(s), cap(s))
	counts := [26]int{}
	for _, w := range words {
		for _, c := range []byte(w) {
			counts[c-'a']++
		}
	}
	println(counts[0], counts['e'-'a'], counts['z'-'a'])
}
