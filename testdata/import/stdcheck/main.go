package main

import (
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

type myReader struct{ s string }

func (r *myReader) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var b strings.Builder
	b.WriteString("x")
	b.WriteByte('y')
	println(b.String(), b.Len())
	var r io.Reader = strings.NewReader("abc")
	var r2 io.Reader = &myReader{}
	_, err := r2.Read(nil)
	println(err == io.EOF, r != nil)
	e := errors.New("boom")
	println(e.Error(), errors.Is(e, e))
	println(strconv.Itoa(42), strconv.Quote("a"))
	n, err := strconv.Atoi("12")
	println(n, err == nil)
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	var once sync.Once
	once.Do(func() {})
	d := 3 * time.Second
	println(d.String(), int64(time.Millisecond))
	println(unicode.IsUpper('A'), strings.ToUpper("abc"), strings.Index("abc", "c"))
	var wr io.Writer = &b
	_ = wr
}
