package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", "/", "a/b/../c/./d.txt", "//usr///lib/", "../../x", "/../a", "a.tar.gz", "dir/"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p),
			path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), filepath.Join("/x", "y", ".."))
	for _, pm := range [][2]string{{"*.go", "main.go"}, {"*.go", "a/main.go"}, {"a/*/c", "a/b/c"}, {"[a-c]?", "bz"},
		{"[^a]*", "abc"}, {"\\*", "*"}, {"[", "x"}, {"a[", "a"}, {"*x", "xxx"}} {
		m, err := path.Match(pm[0], pm[1])
		fmt.Println(pm, m, err)
	}
	for _, r := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "/b"}, {"../a", "b"}, {".", "x/y"}, {"a/b", "a/b"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %c %c\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""), filepath.Separator, filepath.ListSeparator)
	fmt.Println(filepath.ErrBadPattern == path.ErrBadPattern)
}
