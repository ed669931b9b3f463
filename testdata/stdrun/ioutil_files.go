package main

import (
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "gocc-ioutil-*")
	if err != nil {
		fmt.Println("TempDir:", err)
		return
	}
	fmt.Println("dir has prefix:", strings.HasPrefix(dir, os.TempDir()+"/gocc-ioutil-"))

	name := dir + "/a.txt"
	if err := ioutil.WriteFile(name, []byte("hello\nworld\n"), 0644); err != nil {
		fmt.Println("WriteFile:", err)
	}
	b, err := ioutil.ReadFile(name)
	fmt.Printf("ReadFile: %q %v\n", b, err)

	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println("missing:", os.IsNotExist(err), strings.Replace(err.Error(), dir, "DIR", 1))

	all, err := ioutil.ReadAll(strings.NewReader(strings.Repeat("xy", 3000)))
	fmt.Println("ReadAll:", len(all), err, string(all[:6]))

	n, err := io.Copy(ioutil.Discard, bytes.NewReader(make([]byte, 12345)))
	fmt.Println("Discard:", n, err)

	rc := ioutil.NopCloser(strings.NewReader("abc"))
	got, _ := ioutil.ReadAll(rc)
	fmt.Println("NopCloser:", string(got), rc.Close())

	f, err := ioutil.TempFile(dir, "t*.log")
	if err != nil {
		fmt.Println("TempFile:", err)
		return
	}
	base := strings.TrimPrefix(f.Name(), dir+"/")
	fmt.Println("TempFile name:", strings.HasPrefix(base, "t"), strings.HasSuffix(base, ".log"), len(base) > 5)
	f.WriteString("temp data")
	f.Close()
	b, _ = ioutil.ReadFile(f.Name())
	fmt.Println("TempFile content:", string(b))

	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println("bad pattern:", err)

	sub, err := ioutil.TempDir(dir, "sub")
	fmt.Println("sub:", err, strings.HasPrefix(sub, dir+"/sub"))
	ioutil.WriteFile(sub+"/deep.txt", []byte("x"), 0600)
	os.Mkdir(sub+"/d2", 0755)
	ioutil.WriteFile(sub+"/d2/deeper.txt", []byte("y"), 0600)
	fmt.Println("Mkdir again:", os.IsExist(os.Mkdir(sub+"/d2", 0755)))

	fmt.Println("RemoveAll:", os.RemoveAll(dir))
	_, err = ioutil.ReadFile(name)
	fmt.Println("gone:", os.IsNotExist(err))
	fmt.Println("RemoveAll missing:", os.RemoveAll(dir))
}
