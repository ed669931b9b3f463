package main

// os: write, read back, append, open errors (*PathError, ErrNotExist with
// errors.Is), reading a directory, closing twice, Remove, Args, LookupEnv.

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	name := "gocc_os_files_test.txt"
	if err := os.WriteFile(name, []byte("line one\nline two\n"), 0644); err != nil {
		fmt.Println("write:", err)
		return
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	n, err := f.WriteString("line three\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte{'!', '\n'})
	fmt.Println(n, err, f.Name())
	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)

	g, err := os.Open(name)
	fmt.Println(err)
	buf := make([]byte, 10)
	for {
		n, err := g.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	off, err := g.Seek(5, io.SeekStart)
	fmt.Println(off, err)
	rest, err := io.ReadAll(g)
	fmt.Printf("%q %v\n", rest, err)
	g.Close()

	_, err = os.Open("/nonexistent/dir/file")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	_, err = os.ReadFile("/nonexistent")
	fmt.Println(err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent/x", nil, 0644)
	fmt.Println(err)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, errors.Is(err, os.ErrExist))

	c, err := os.Create(name)
	fmt.Println(err)
	fmt.Fprintf(c, "%d-%s\n", 42, "formatted")
	c.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Remove(name))
	fmt.Println(os.Remove(name))

	fmt.Println(len(os.Args) >= 1)
	_, ok := os.LookupEnv("GOCC_SURELY_NOT_SET_VARIABLE")
	fmt.Println(ok, os.Getenv("GOCC_SURELY_NOT_SET_VARIABLE") == "")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct to stdout\n")
}
