#ifndef NUCBENCH_CIMAGEBRIDGE_H
#define NUCBENCH_CIMAGEBRIDGE_H

/* C helpers for libpng and libtiff whose error handling needs setjmp/longjmp or C callbacks,
   which Swift cannot express. Filled in by the image readers. */

#endif
