"""crawler/sampleweb"""
