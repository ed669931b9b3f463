// go_asm.h is empty during -gensymabis (go build creates it empty before the first asm run).
