#ifndef NUCBENCH_IMAGEREADER_H
#define NUCBENCH_IMAGEREADER_H

/* What the PNG and TIFF readers share: the dispatch table behind the opaque NBImageReader and
   message helpers. Private to the bridge. */

#include "CImageBridge.h"

#include <stdarg.h>

/* The first member of every concrete reader. */
struct NBImageReader {
    int (*read)(NBImageReader *reader, void *pixels, size_t byteCount, char *message, size_t messageCapacity);
    void (*close)(NBImageReader *reader);
};

/* Copies `text` into `buffer`, cutting it to `capacity - 1` bytes. */
void nb_copy_message(char *buffer, size_t capacity, const char *text);

/* Formats into `buffer` like snprintf. */
void nb_format_message(char *buffer, size_t capacity, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Appends `text` to the NUL-terminated `buffer`, with `separator` first when it is not empty. */
void nb_append_message(char *buffer, size_t capacity, const char *separator, const char *text);

/* The byte count of a decoded image, or 0 when it does not fit in size_t. */
size_t nb_layout_byte_count(const NBImageLayout *layout);

#endif
